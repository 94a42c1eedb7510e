using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;

namespace Calcine.Domain.Tests.Cems.Processing;

public class HourAggregatorTests
{
    [Fact]
    public void Aggregate_CorrectsEachMinuteWithItsOwnO2()
    {
        var values = new double[60];
        var o2 = new double[60];
        var flags = new DataFlag[60];
        for (var i = 0; i < 60; i++)
        {
            values[i] = i % 2 == 0 ? 10 : 20;
            o2[i] = i % 2 == 0 ? 11 : 16;
        }

        var hour = HourAggregator.Aggregate(values, o2, flags, referenceO2Percent: 10);

        // (a) mean of corrected minutes: (10·11/10 + 20·11/5)/2 = 27.5; (b) would be 15·11/7.5 = 22.
        Assert.Equal(27.5, hour.Converted.Mean, 1e-12);
        Assert.Equal((15.0, 13.5), (hour.MeasuredMean, hour.O2Mean));
        Assert.Equal(PeriodStatus.Valid, hour.Status);
    }

    [Fact]
    public void Aggregate_NoReferenceO2_ConvertedIsMeasured()
    {
        var hour = HourAggregator.Aggregate(Enumerable.Repeat(8.0, 50).ToArray(), Enumerable.Repeat(20.6, 50).ToArray(), new DataFlag[50], null);

        Assert.Equal(8.0, hour.Converted.Mean);
    }

    [Fact]
    public void Aggregate_ValidMinuteAtAirO2_CannotBeCorrected_AndIsNotValid()
    {
        var o2 = Enumerable.Repeat(11.0, 60).ToArray();
        for (var i = 0; i < 16; i++)
        {
            o2[i] = 21;
        }

        var hour = HourAggregator.Aggregate(Enumerable.Repeat(5.0, 60).ToArray(), o2, new DataFlag[60], 10);

        Assert.Equal((44, PeriodStatus.Invalid), (hour.Converted.ValidCount, hour.Status));
    }
}
