namespace Calcine.Domain.Quantities;

/// <summary>Energy in gigajoules (fuel energy on a net calorific value basis, or electricity).</summary>
public readonly record struct Energy(decimal Gigajoules)
{
    public const decimal GigajoulesPerMegawattHour = 3.6m;

    public static Energy Zero => default;
    public static Energy FromGigajoules(decimal gj) => new(gj);
    public static Energy FromMegawattHours(decimal mwh) => new(mwh * GigajoulesPerMegawattHour);

    public decimal MegawattHours => Gigajoules / GigajoulesPerMegawattHour;

    public static Energy operator +(Energy a, Energy b) => new(a.Gigajoules + b.Gigajoules);
    public static Energy operator -(Energy a, Energy b) => new(a.Gigajoules - b.Gigajoules);
    public static decimal operator /(Energy a, Energy b) => a.Gigajoules / b.Gigajoules;

    /// <summary>CO2 of burning this energy with a factor in kg CO2 per GJ.</summary>
    public static Mass operator *(Energy e, FuelEmissionFactor ef) => Mass.FromTonnes(e.Gigajoules * ef.KilogramsCo2PerGigajoule / 1000m);

    public override string ToString() => $"{Gigajoules} GJ";
}
