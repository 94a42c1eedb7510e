namespace Calcine.Domain.Cems;

/// <summary>HJ 212-2017 Annex D conversions (the same chain as HJ 75/76-2017).</summary>
public static class ConcentrationConversion
{
    /// <summary>O2 content of air in %, as in Annex D eq. 28.</summary>
    public const double AirO2Percent = 21.0;

    /// <summary>Molar volume in L/mol at 273 K and 101.325 kPa, rounded as Annex D eq. 20 does
    /// (22.414 would change results by about 0.06 %; one constant is used throughout).</summary>
    public const double MolarVolumeLitres = 22.4;

    /// <summary>Annex D eq. 28: <c>c × (21 − O2ref) / (21 − O2)</c>, O2 dry in %. Written in that
    /// order so the result matches the contract's formula to the last bit.</summary>
    public static double CorrectToReferenceO2(double concentration, double o2DryPercent, double referenceO2Percent) =>
        concentration * (AirO2Percent - referenceO2Percent) / (AirO2Percent - o2DryPercent);

    /// <summary>Annex D eq. 20: mg/m3 = ppm × M / 22.4.</summary>
    public static double PpmToMgPerM3(double ppm, double molarMass) => ppm * molarMass / MolarVolumeLitres;

    /// <summary>Annex D eq. 19: dry = wet / (1 − Xsw); also used for O2 measured wet.</summary>
    public static double WetToDry(double wetValue, double moistureFraction) => wetValue / (1.0 - moistureFraction);
}
