using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Compares a metric between consecutive reporting years of one plant and warns on the later year
/// when it moves by more than the range allows. Documents of several plants are not compared (PY030 says so);
/// of two documents for one year only the first is used (PY031 says so).</summary>
public abstract class YearOnYearRule : IPlausibilityRule
{
    public abstract string Id { get; }
    public abstract string Description { get; }

    /// <summary>Where the metric comes from in the later document.</summary>
    protected abstract string Path { get; }

    protected abstract string RangeKey { get; }

    /// <summary>What the metric is, with its unit, for the warning text.</summary>
    protected abstract string MetricName { get; }

    /// <summary>True: the change is (later − earlier) / earlier; false: later − earlier.</summary>
    protected abstract bool Relative { get; }

    /// <summary>The metric, or null where it is undefined (no clinker, no cement).</summary>
    protected abstract decimal? Metric(PlantYearFacts year);

    public IEnumerable<PlausibilityWarning> Evaluate(PlausibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Years.Select(y => y.Document.Plant.Id).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            yield break;
        }

        var byYear = input.Years.GroupBy(y => y.Document.Year).OrderBy(g => g.Key).Select(g => g.First()).ToList();
        var range = input.Ranges[RangeKey];
        for (var i = 1; i < byYear.Count; i++)
        {
            var (earlier, later) = (byYear[i - 1], byYear[i]);
            if (Metric(earlier) is not { } a || Metric(later) is not { } b || (Relative && a == 0m))
            {
                continue;
            }

            var change = Relative ? (b - a) / a : b - a;
            if (range.Contains(Math.Abs(change)))
            {
                continue;
            }

            var shown = Relative ? Show.SignedPercent(change) : (change >= 0 ? "+" : "") + Show.Number(change);
            var bound = PlausibilityRange.Format(range.Max ?? 0m);
            yield return input.Warn(later, Id, Path, change, RangeKey,
                $"{MetricName} moved from {Show.Number(a)} in {earlier.Document.Year} to {Show.Number(b)} in {later.Document.Year} " +
                $"({shown}). A real change (new line, long stop, fuel or product switch) should be explained in the report; " +
                "otherwise check both years' inputs for a changed boundary or unit.",
                $"within ±{bound} {range.Unit} of {earlier.Document.Year}");
        }
    }
}
