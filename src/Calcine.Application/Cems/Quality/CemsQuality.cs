using Calcine.Domain.Cems.Quality;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems.Quality;

/// <summary>What <c>cems quality</c> computed, with what it read.</summary>
public sealed record CemsQualityResult(MinuteCsv Input, QualityConfig Config, int DasValues, QualityReport Report, bool IncludeHours);

/// <summary>The <c>cems quality</c> use case: read the minute CSV (the same file <c>cems evaluate</c>
/// reads), the optional DAS hourly CSV and config, and run the quality analysis. Errors are
/// prefixed with the input they are about.</summary>
public static class CemsQuality
{
    public static Result<CemsQualityResult> Run(Stream minutes, Stream? das, QualityConfig config, bool includeHours,
        string minutesName = "--input", string dasName = "--das")
    {
        IReadOnlyList<DasHourlyValue> dasValues = [];
        if (das is not null)
        {
            var dasRead = DasHourlyCsvReader.Read(das);
            if (!dasRead.Success)
            {
                return Prefixed(dasName, dasRead.Errors);
            }

            dasValues = dasRead.Value;
        }

        var csv = MinuteCsvReader.Read(minutes, config.ReferenceO2Percent);
        if (!csv.Success)
        {
            return Prefixed(minutesName, csv.Errors);
        }

        var report = QualityAnalysis.Run(csv.Value.Series, dasValues, config.Options);
        return Result<CemsQualityResult>.Ok(new CemsQualityResult(csv.Value, config, dasValues.Count, report, includeHours));
    }

    private static Result<CemsQualityResult> Prefixed(string name, IReadOnlyList<ValidationError> errors) =>
        Result<CemsQualityResult>.Fail([.. errors.Select(e => e with { Path = $"{name}: {e.Path}" })]);
}
