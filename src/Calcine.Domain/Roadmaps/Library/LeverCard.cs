namespace Calcine.Domain.Roadmaps.Library;

/// <summary>How far a library value can be trusted (shared/docs/reference/roadmap.md): verified from a
/// retrievable source, recalled from a named document but not re-checked, or an assumption.</summary>
public enum Confidence
{
    Verified,
    Recalled,
    Assumption,
}

/// <summary>Where one value of a lever comes from.</summary>
public sealed record ValueSource(string Source, Confidence Confidence);

/// <summary>A lever of the library with the source of each of its values, keyed by the value's field
/// name in the scenario format (<c>capex_USD_per_tCapacity</c>, <c>effect.captureRate</c>, …).</summary>
public sealed record LeverCard(Lever Lever, IReadOnlyDictionary<string, ValueSource> Sources)
{
    public string Id => Lever.Id;

    /// <summary>The least certain tag among the lever's values (an assumption taints the card).</summary>
    public Confidence Weakest => Sources.Count == 0 ? Confidence.Assumption : Sources.Values.Max(s => s.Confidence);
}

/// <summary>A library version's content: its cards, in order.</summary>
public static class LeverLibraryMerge
{
    /// <summary>The base library with <paramref name="changes"/> applied: a card with the id of a base
    /// card replaces it in place (an override), a new id is appended (an association's own lever).</summary>
    public static IReadOnlyList<LeverCard> Apply(IReadOnlyList<LeverCard> library, IReadOnlyList<LeverCard> changes)
    {
        var result = library.ToList();
        foreach (var card in changes)
        {
            var i = result.FindIndex(c => string.Equals(c.Id, card.Id, StringComparison.Ordinal));
            if (i >= 0)
            {
                result[i] = card;
            }
            else
            {
                result.Add(card);
            }
        }

        return result;
    }
}
