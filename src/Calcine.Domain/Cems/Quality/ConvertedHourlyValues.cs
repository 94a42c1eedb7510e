namespace Calcine.Domain.Cems.Quality;

/// <summary>An hour's converted (O2-corrected) value of one channel computed both ways HJ 212 allows
/// (reference §2.2, design decision): (a) the mean of the valid minutes' values, each corrected with
/// its own O2 — what <see cref="PeriodAggregator"/> and <c>cems evaluate</c> use; (b) the valid
/// minutes' mean concentration corrected with their mean O2. Both NaN when the hour is not valid.</summary>
public sealed record ConvertedHour(DateTimeOffset Hour, Pollutant Pollutant, PeriodStatus Status, double MeanOfCorrectedMinutes, double CorrectedHourlyMean,
    double MeanConcentration, double MeanO2Percent);

public static class ConvertedHourlyValues
{
    /// <summary>Every period of <paramref name="hours"/> (aggregated from <paramref name="minutes"/>)
    /// for every channel, in period then channel order.</summary>
    public static IReadOnlyList<ConvertedHour> Compute(MinuteSeries minutes, PeriodSeries hours)
    {
        var channelCount = minutes.Channels.Count;
        var periodTicks = hours.Rules.PeriodTicks;
        var index = new Dictionary<long, int>(hours.Count);
        for (var p = 0; p < hours.Count; p++)
        {
            index[hours.Starts[p].UtcTicks] = p;
        }

        var concentrationSums = new double[hours.Count * channelCount];
        var o2Sums = new double[hours.Count];
        var counts = new int[hours.Count];
        var times = minutes.Timestamps;
        var flags = minutes.Flags;
        var o2 = minutes.O2DryPercent;
        for (var i = 0; i < times.Length; i++)
        {
            if (!flags[i].IsValid())
            {
                continue;
            }

            var p = index[CemsTime.PeriodStart(times[i], periodTicks).UtcTicks];
            counts[p]++;
            o2Sums[p] += o2[i];
            for (var c = 0; c < channelCount; c++)
            {
                concentrationSums[(p * channelCount) + c] += minutes.Values(c)[i];
            }
        }

        var result = new List<ConvertedHour>(hours.Count * channelCount);
        for (var p = 0; p < hours.Count; p++)
        {
            var valid = hours.Statuses[p] == PeriodStatus.Valid;
            var meanO2 = valid ? o2Sums[p] / counts[p] : double.NaN;
            for (var c = 0; c < channelCount; c++)
            {
                var channel = minutes.Channels[c];
                var meanConcentration = valid ? concentrationSums[(p * channelCount) + c] / counts[p] : double.NaN;
                var b = !valid ? double.NaN
                    : channel.ReferenceO2Percent is { } reference ? ConcentrationConversion.CorrectToReferenceO2(meanConcentration, meanO2, reference)
                    : meanConcentration;
                result.Add(new ConvertedHour(hours.Starts[p], channel.Pollutant, hours.Statuses[p], hours.Values(c)[p], b, meanConcentration, meanO2));
            }
        }

        return result;
    }
}
