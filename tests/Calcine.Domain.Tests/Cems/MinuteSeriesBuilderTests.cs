using Calcine.Domain.Cems;

namespace Calcine.Domain.Tests.Cems;

public class MinuteSeriesBuilderTests
{
    private static readonly DateTimeOffset T0 = MinuteData.Local(2025, 3, 1);

    private static MinuteSeriesBuilder Kiln(double? referenceO2 = 10) =>
        new([ChannelConfig.DryMgPerM3(Pollutant.Pm, referenceO2), ChannelConfig.DryMgPerM3(Pollutant.Nox, referenceO2)]);

    [Fact]
    public void TryAdd_EarlierTimestamp_IsRefusedAsTimeGoingBackwards()
    {
        var b = Kiln();
        Assert.Null(b.TryAdd(T0.AddMinutes(5), 11, [3, 40], DataFlag.N));

        var error = b.TryAdd(T0.AddMinutes(4), 11, [3, 40], DataFlag.N);

        Assert.NotNull(error);
        Assert.Equal(MinuteSeriesBuilder.TimestampField, error.Path);
        Assert.Contains("backwards", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, b.Count);
    }

    [Fact]
    public void TryAdd_SameInstantInAnotherOffset_IsADuplicate()
    {
        var b = Kiln();
        Assert.Null(b.TryAdd(T0, 11, [3, 40], DataFlag.N));

        var error = b.TryAdd(T0.ToOffset(TimeSpan.Zero), 11, [3, 40], DataFlag.N);

        Assert.Contains("duplicate", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAdd_SecondRecordInOneMinute_IsRefused()
    {
        var b = Kiln();
        Assert.Null(b.TryAdd(T0, 11, [3, 40], DataFlag.N));

        var error = b.TryAdd(T0.AddSeconds(30), 11, [3, 40], DataFlag.N);

        Assert.Contains("one minute", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAdd_OffsetChangeInsideAnHour_IsRefused_ButAtAnHourBoundaryAccepted()
    {
        var b = Kiln();
        Assert.Null(b.TryAdd(new DateTimeOffset(2025, 3, 30, 1, 10, 0, TimeSpan.FromHours(1)), 11, [3, 40], DataFlag.N));

        // 02:20+02:00 is 00:20 UTC, inside the hour that started 00:00 UTC (01:00+01:00).
        var inside = b.TryAdd(new DateTimeOffset(2025, 3, 30, 2, 20, 0, TimeSpan.FromHours(2)), 11, [3, 40], DataFlag.N);
        var boundary = b.TryAdd(new DateTimeOffset(2025, 3, 30, 3, 0, 0, TimeSpan.FromHours(2)), 11, [3, 40], DataFlag.N);

        Assert.Contains("offset", inside!.Message, StringComparison.Ordinal);
        Assert.Null(boundary);
    }

    [Theory]
    [InlineData(21.0)]
    [InlineData(21.4)]
    public void TryAdd_ValidMinuteAtAirO2WithCorrection_IsRefusedOnO2(double o2)
    {
        var error = Kiln().TryAdd(T0, o2, [3, 40], DataFlag.N);

        Assert.Equal(MinuteSeriesBuilder.O2Field, error!.Path);
    }

    [Fact]
    public void TryAdd_AirO2_IsAcceptedForShutdownMinutesAndUncorrectedChannels()
    {
        Assert.Null(Kiln().TryAdd(T0, 21.2, [0, 0], DataFlag.F));
        Assert.Null(Kiln(referenceO2: null).TryAdd(T0, 21.2, [4, 0], DataFlag.N));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void TryAdd_O2OutsideZeroToHundred_IsRefused(double o2)
    {
        Assert.Equal(MinuteSeriesBuilder.O2Field, Kiln().TryAdd(T0, o2, [3, 40], DataFlag.F)!.Path);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(2e7)]
    public void TryAdd_ImpossibleConcentration_NamesThePollutant(double nox)
    {
        var error = Kiln().TryAdd(T0, 11, [3, nox], DataFlag.N);

        Assert.Equal("nox", error!.Path);
    }

    [Fact]
    public void TryAdd_PpmChannel_StoresMgPerM3()
    {
        var b = new MinuteSeriesBuilder([new ChannelConfig(Pollutant.So2, ConcentrationUnit.Ppm, MeasurementBasis.Dry, 10)]);

        Assert.Null(b.TryAdd(T0, 10, [100], DataFlag.N));

        Assert.Equal(100 * 64.066 / 22.4, b.Build().Values(0)[0], 12);
    }

    [Fact]
    public void TryAdd_WetChannelAndWetO2_AreConvertedToDry()
    {
        var b = new MinuteSeriesBuilder([new ChannelConfig(Pollutant.Nox, ConcentrationUnit.MgPerM3, MeasurementBasis.Wet, 10)], MeasurementBasis.Wet);

        Assert.Null(b.TryAdd(T0, 9, [45], DataFlag.N, moistureFraction: 0.1));
        var series = b.Build();

        Assert.Equal(50.0, series.Values(0)[0], 12);
        Assert.Equal(10.0, series.O2DryPercent[0], 12);
    }

    [Fact]
    public void TryAdd_WetChannelWithoutMoisture_IsRefused()
    {
        var b = new MinuteSeriesBuilder([new ChannelConfig(Pollutant.Nox, ConcentrationUnit.MgPerM3, MeasurementBasis.Wet, 10)]);

        Assert.Equal(MinuteSeriesBuilder.MoistureField, b.TryAdd(T0, 9, [45], DataFlag.N)!.Path);
    }

    [Fact]
    public void Build_ManyRecords_KeepsOrderAndValuesAcrossGrowth()
    {
        var b = new MinuteSeriesBuilder([ChannelConfig.DryMgPerM3(Pollutant.Pm, 10)], initialCapacity: 16);
        for (var i = 0; i < 1000; i++)
        {
            Assert.Null(b.TryAdd(T0.AddMinutes(i), 10, [i], i % 7 == 0 ? DataFlag.C : DataFlag.N));
        }

        var s = b.Build();

        Assert.Equal(1000, s.Count);
        Assert.Equal(T0.AddMinutes(999), s.Timestamps[999]);
        Assert.Equal(999.0, s.Values(0)[999]);
        Assert.Equal(DataFlag.C, s.Flags[994]);
        Assert.Equal(143, s.CountFlags()[(int)DataFlag.C]);
    }
}
