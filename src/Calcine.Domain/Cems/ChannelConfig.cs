namespace Calcine.Domain.Cems;

public enum ConcentrationUnit
{
    MgPerM3,
    Ppm,
}

public enum MeasurementBasis
{
    Dry,
    Wet,
}

/// <summary>How one analyser channel reports (HJ 212's per-MN channel settings): its unit, whether it
/// measures wet or dry gas, and the reference O2 its hourly value is corrected to (<c>null</c>: judged
/// on the measured concentration, as kiln-head and mill outlets are).</summary>
public sealed record ChannelConfig
{
    public ChannelConfig(Pollutant pollutant, ConcentrationUnit unit, MeasurementBasis basis, double? referenceO2Percent)
    {
        if (unit == ConcentrationUnit.Ppm && pollutant.MolarMass() is null)
        {
            throw new ArgumentException($"{pollutant.Key()} has no molar mass, so it cannot be reported in ppm.", nameof(unit));
        }

        if (referenceO2Percent is { } r && !(r >= 0 && r < ConcentrationConversion.AirO2Percent))
        {
            throw new ArgumentOutOfRangeException(nameof(referenceO2Percent), r, "A reference O2 lies in [0, 21) %.");
        }

        Pollutant = pollutant;
        Unit = unit;
        Basis = basis;
        ReferenceO2Percent = referenceO2Percent;
    }

    public Pollutant Pollutant { get; }
    public ConcentrationUnit Unit { get; }
    public MeasurementBasis Basis { get; }
    public double? ReferenceO2Percent { get; }
    public bool AppliesO2Correction => ReferenceO2Percent is not null;

    /// <summary>A channel already in dry standard mg/m3, the CSV contract's case.</summary>
    public static ChannelConfig DryMgPerM3(Pollutant pollutant, double? referenceO2Percent) =>
        new(pollutant, ConcentrationUnit.MgPerM3, MeasurementBasis.Dry, referenceO2Percent);
}
