using Calcine.Domain.Cems;

namespace Calcine.Domain.Tests.Cems;

/// <summary>Builds minute series for tests: runs of consecutive minutes with one flag, O2 and value set.</summary>
internal sealed class MinuteData
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly MinuteSeriesBuilder builder;
    private DateTimeOffset next;

    public MinuteData(DateTimeOffset start, double? referenceO2 = 10, params Pollutant[] pollutants)
    {
        var channels = (pollutants.Length == 0 ? [Pollutant.Pm, Pollutant.So2, Pollutant.Nox] : pollutants)
            .Select(p => ChannelConfig.DryMgPerM3(p, referenceO2)).ToArray();
        builder = new MinuteSeriesBuilder(channels);
        next = start;
    }

    public static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, Beijing);

    /// <summary>Appends <paramref name="count"/> minutes from the current position.</summary>
    public MinuteData Run(int count, DataFlag flag, double o2, params double[] values)
    {
        for (var i = 0; i < count; i++)
        {
            Add(next, flag, o2, values);
        }

        return this;
    }

    /// <summary>One clock hour of 60 minutes, the first <paramref name="validMinutes"/> flagged N
    /// (the rest C), each with the given values at 10 % O2 (correction factor exactly 1).</summary>
    public MinuteData Hour(int validMinutes, params double[] values) =>
        Run(validMinutes, DataFlag.N, 10, values).Run(60 - validMinutes, DataFlag.C, 10, values);

    public MinuteData ShutdownHour() => Run(60, DataFlag.F, 20.5, Zeros());

    public MinuteData SkipTo(DateTimeOffset t)
    {
        next = t;
        return this;
    }

    public MinuteData Add(DateTimeOffset t, DataFlag flag, double o2, params double[] values)
    {
        var error = builder.TryAdd(t, o2, values, flag);
        Assert.True(error is null, error?.ToString());
        next = t.AddMinutes(1);
        return this;
    }

    public MinuteSeries Build() => builder.Build();

    private double[] Zeros() => new double[builder.Channels.Count];
}
