using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>Several documents checked together should be one plant.</summary>
public sealed class DifferentPlantsRule : IPlausibilityRule
{
    public string Id => "PY030";
    public string Description => "Documents checked together belong to different plants";

    public IEnumerable<PlausibilityWarning> Evaluate(PlausibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ids = input.Years.Select(y => y.Document.Plant.Id).Distinct(StringComparer.Ordinal).ToList();
        if (input.Ranges[RangeKeys.PlantsPerCheck].Contains(ids.Count))
        {
            yield break;
        }

        var other = input.Years.First(y => y.Document.Plant.Id != ids[0]);
        yield return input.Warn(other, Id, "$.plant.id", ids.Count, RangeKeys.PlantsPerCheck,
            $"The documents belong to {ids.Count} plants ({string.Join(", ", ids.Select(i => $"\"{i}\""))}); year-on-year checks " +
            "compare a plant with itself, so they are skipped. Check the plant ids, or validate each plant on its own.");
    }
}

/// <summary>One plant should have one document per reporting year.</summary>
public sealed class DuplicateYearRule : IPlausibilityRule
{
    public string Id => "PY031";
    public string Description => "Two or more documents for the same plant and year";

    public IEnumerable<PlausibilityWarning> Evaluate(PlausibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var range = input.Ranges[RangeKeys.DocumentsPerYear];
        foreach (var group in input.Years.GroupBy(y => (y.Document.Plant.Id, y.Document.Year)))
        {
            var count = group.Count();
            if (!range.Contains(count))
            {
                yield return input.Warn(group.ElementAt(1), Id, "$.year", count, RangeKeys.DocumentsPerYear,
                    $"{count} documents are given for plant \"{group.Key.Id}\" in {group.Key.Year}: a duplicate or a revision. " +
                    "Year-on-year checks use the first one given.");
            }
        }
    }
}
