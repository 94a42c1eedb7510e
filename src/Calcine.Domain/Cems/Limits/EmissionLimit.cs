namespace Calcine.Domain.Cems.Limits;

/// <summary>One limit value in mg/m3, dry, standard conditions, at its set's reference O2.</summary>
public sealed record EmissionLimit
{
    public EmissionLimit(Pollutant pollutant, double value, Confidence confidence, string note = "")
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A limit is a positive concentration.");
        }

        Pollutant = pollutant;
        Value = value;
        Confidence = confidence;
        Note = note;
    }

    public Pollutant Pollutant { get; }
    public double Value { get; }
    public Confidence Confidence { get; }
    public string Note { get; }
}

/// <summary>The limit values in force from <see cref="EffectiveFrom"/> (local date) until the next
/// version of the same set takes over.</summary>
public sealed record LimitVersion(DateOnly EffectiveFrom, IReadOnlyList<EmissionLimit> Limits, string Source)
{
    public EmissionLimit? For(Pollutant pollutant)
    {
        foreach (var l in Limits)
        {
            if (l.Pollutant == pollutant)
            {
                return l;
            }
        }

        return null;
    }
}
