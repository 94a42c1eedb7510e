using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;
using Calcine.Storage.Cems;

namespace Calcine.Application.Cems.Processing;

/// <summary>How a stored hour's logger value (CN 2061) compares with the platform's two
/// recomputations: (a) the mean of per-minute corrected values (stored as Converted) and (b) the
/// hourly mean corrected with the hourly mean O2 (from the stored measured and O2 means). Same
/// tolerance and verdicts as <c>cems quality</c> (<see cref="DasComparer"/>).</summary>
public static class LoggerAgreement
{
    public static DasVerdict? Judge(CemsHourEntity hour, double? referenceO2Percent, DasTolerance? tolerance = null)
    {
        if (hour.LoggerValue is not { } logger)
        {
            return null;
        }

        if (hour.Converted is not { } a || hour.Measured is not { } measured)
        {
            return DasVerdict.NotComparable;
        }

        var b = referenceO2Percent is { } reference && hour.O2 is { } o2 && o2 < ConcentrationConversion.AirO2Percent
            ? ConcentrationConversion.CorrectToReferenceO2(measured, o2, reference)
            : measured;
        var t = tolerance ?? DasTolerance.Default;
        return (t.Agrees(logger, a), t.Agrees(logger, b)) switch
        {
            (true, true) => DasVerdict.MatchesBoth,
            (true, false) => DasVerdict.MatchesMinuteMethod,
            (false, true) => DasVerdict.MatchesHourlyMethod,
            _ => DasVerdict.Disagrees,
        };
    }
}
