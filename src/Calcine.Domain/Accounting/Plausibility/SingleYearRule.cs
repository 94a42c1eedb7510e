using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>A rule that looks at each document on its own.</summary>
public abstract class SingleYearRule : IPlausibilityRule
{
    public abstract string Id { get; }
    public abstract string Description { get; }

    public IEnumerable<PlausibilityWarning> Evaluate(PlausibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Years.SelectMany(y => Evaluate(y, input));
    }

    protected abstract IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input);

    /// <summary>The common case: one value at one path checked against one range.</summary>
    protected IEnumerable<PlausibilityWarning> OutsideRange(PlausibilityInput input, PlantYearFacts year, string path, decimal? value, string rangeKey, string why)
    {
        if (value is { } v && !input.Ranges[rangeKey].Contains(v))
        {
            yield return input.Warn(year, Id, path, v, rangeKey, why);
        }
    }
}
