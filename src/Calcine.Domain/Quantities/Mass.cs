namespace Calcine.Domain.Quantities;

/// <summary>A mass in metric tonnes. Accounting values stay decimal end to end.</summary>
public readonly record struct Mass(decimal Tonnes) : IComparable<Mass>
{
    public static Mass Zero => default;
    public static Mass FromTonnes(decimal tonnes) => new(tonnes);

    public static Mass operator +(Mass a, Mass b) => new(a.Tonnes + b.Tonnes);
    public static Mass operator -(Mass a, Mass b) => new(a.Tonnes - b.Tonnes);
    public static Mass operator *(Mass m, decimal k) => new(m.Tonnes * k);
    public static Mass operator *(Mass m, Fraction f) => new(m.Tonnes * f.Value);
    public static Mass operator *(Mass m, SpecificEmission e) => new(m.Tonnes * e.TonnesCo2PerTonne);
    public static Energy operator *(Mass m, CalorificValue lhv) => Energy.FromGigajoules(m.Tonnes * lhv.GigajoulesPerTonne);
    public static decimal operator /(Mass a, Mass b) => a.Tonnes / b.Tonnes;

    public int CompareTo(Mass other) => Tonnes.CompareTo(other.Tonnes);
    public static bool operator <(Mass a, Mass b) => a.Tonnes < b.Tonnes;
    public static bool operator >(Mass a, Mass b) => a.Tonnes > b.Tonnes;
    public static bool operator <=(Mass a, Mass b) => a.Tonnes <= b.Tonnes;
    public static bool operator >=(Mass a, Mass b) => a.Tonnes >= b.Tonnes;

    public override string ToString() => $"{Tonnes} t";
}
