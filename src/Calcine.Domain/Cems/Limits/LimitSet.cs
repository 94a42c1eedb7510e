namespace Calcine.Domain.Cems.Limits;

/// <summary>Effective-dated limit values for one source type under one standard or policy. Limits are
/// data: a permit, a provincial standard or a corrected value is a new set or a new version, not code.</summary>
public sealed record LimitSet
{
    public LimitSet(string id, string title, SourceType source, double? referenceO2Percent, Averaging averaging, IReadOnlyList<LimitVersion> versions)
    {
        if (versions.Count == 0)
        {
            throw new ArgumentException("A limit set needs at least one version.", nameof(versions));
        }

        for (var i = 1; i < versions.Count; i++)
        {
            if (versions[i].EffectiveFrom <= versions[i - 1].EffectiveFrom)
            {
                throw new ArgumentException("Versions must be in strictly increasing order of EffectiveFrom.", nameof(versions));
            }
        }

        Id = id;
        Title = title;
        Source = source;
        ReferenceO2Percent = referenceO2Percent;
        Averaging = averaging;
        Versions = versions;
    }

    public string Id { get; }
    public string Title { get; }
    public SourceType Source { get; }

    /// <summary>Reference O2 in % the values are expressed at; <c>null</c>: measured concentration.</summary>
    public double? ReferenceO2Percent { get; }
    public Averaging Averaging { get; }
    public IReadOnlyList<LimitVersion> Versions { get; }

    /// <summary>The version in force on a local date: the latest that has started. Dates before the
    /// first version get the first version, so older data can be assessed against today's rules
    /// (a what-if, not a legal finding; <see cref="IsRetrospective"/> says when that happened).</summary>
    public LimitVersion VersionAt(DateOnly date)
    {
        var chosen = Versions[0];
        foreach (var v in Versions)
        {
            if (v.EffectiveFrom <= date)
            {
                chosen = v;
            }
        }

        return chosen;
    }

    public bool IsRetrospective(DateOnly date) => date < Versions[0].EffectiveFrom;

    public EmissionLimit? LimitAt(Pollutant pollutant, DateOnly date) => VersionAt(date).For(pollutant);
}
