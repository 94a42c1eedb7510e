using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>One document with its GCCA figures, computed once for all rules (no trace).</summary>
public sealed record PlantYearFacts(PlantYear Document, GccaResult Gcca)
{
    public GccaKpis Kpis => Gcca.Kpis;
    public decimal ClinkerProduced => Document.Clinker.Produced.Tonnes;
}

/// <summary>What the rules see: the documents in the order given and the range table.</summary>
public sealed class PlausibilityInput
{
    private PlausibilityInput(IReadOnlyList<PlantYearFacts> years, PlausibilityRangeTable ranges)
    {
        Years = years;
        Ranges = ranges;
    }

    public IReadOnlyList<PlantYearFacts> Years { get; }
    public PlausibilityRangeTable Ranges { get; }

    public static PlausibilityInput Create(IReadOnlyList<PlantYear> years, PlausibilityRangeTable ranges)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(ranges);
        return new PlausibilityInput([.. years.Select(y => new PlantYearFacts(y, GccaCalculator.Calculate(y)))], ranges);
    }

    /// <summary>Builds a warning about one document. With several documents the text names the plant and
    /// year, because the path alone does not say which document it is about.</summary>
    public PlausibilityWarning Warn(PlantYearFacts year, string id, string path, decimal value, string rangeKey, string why, string? expected = null)
    {
        var range = Ranges[rangeKey];
        var prefix = Years.Count > 1 ? $"{year.Document.Plant.Id} {year.Document.Year}: " : "";
        return new PlausibilityWarning(id, path, value, expected ?? range.Describe(),
            $"{prefix}{why} Range ({rangeKey}): {range.Source} [{range.ConfidenceTag}].")
        {
            Year = year.Document.Year,
        };
    }
}
