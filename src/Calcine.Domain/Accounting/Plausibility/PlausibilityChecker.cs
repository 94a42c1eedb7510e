using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Runs the plausibility rules over one or more years of one plant. Warnings never block a
/// calculation; they name the rule, the JSON path, the value, the expected range and why.</summary>
public static class PlausibilityChecker
{
    public static IReadOnlyList<PlausibilityWarning> Check(IReadOnlyList<PlantYear> years) => Check(years, PlausibilityRangeTable.Default);

    /// <summary>With a custom range table (for example <c>PlausibilityRangeTable.Default.With(...)</c>).</summary>
    public static IReadOnlyList<PlausibilityWarning> Check(IReadOnlyList<PlantYear> years, PlausibilityRangeTable ranges)
    {
        var input = PlausibilityInput.Create(years, ranges);
        return [.. PlausibilityRules.All.SelectMany(rule => rule.Evaluate(input))];
    }
}
