namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Every range the rules use, by key (<see cref="RangeKeys"/>). <see cref="Default"/> holds the
/// documented values; <see cref="With"/> returns a copy with one range replaced, for a company or country
/// that knows its plants better. Unknown keys are refused so a typo cannot silently do nothing.</summary>
public sealed class PlausibilityRangeTable
{
    private readonly Dictionary<string, PlausibilityRange> ranges;

    public PlausibilityRangeTable(IReadOnlyDictionary<string, PlausibilityRange> ranges)
    {
        this.ranges = new Dictionary<string, PlausibilityRange>(ranges, StringComparer.Ordinal);
    }

    public static PlausibilityRangeTable Default { get; } = new(DefaultRanges.Build());

    public IReadOnlyDictionary<string, PlausibilityRange> All => ranges;

    public PlausibilityRange this[string key] =>
        ranges.TryGetValue(key, out var range) ? range : throw new KeyNotFoundException($"no plausibility range \"{key}\"");

    public PlausibilityRangeTable With(string key, PlausibilityRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (!ranges.ContainsKey(key))
        {
            throw new ArgumentException($"no plausibility range \"{key}\" to replace", nameof(key));
        }

        var copy = new Dictionary<string, PlausibilityRange>(ranges, StringComparer.Ordinal) { [key] = range };
        return new PlausibilityRangeTable(copy);
    }
}
