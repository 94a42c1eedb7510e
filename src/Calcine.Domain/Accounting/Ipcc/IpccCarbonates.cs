namespace Calcine.Domain.Accounting.Ipcc;

/// <summary>CO2 released per tonne of carbonate fully calcined (EF_i of IPCC Eq. 2.3), as IPCC
/// tabulates them: IPCC's printed numbers, not the rounded 0.440 of EU MRR. Most are 44.0095 over the
/// carbonate's molar mass; the printed siderite, rhodochrosite and soda-ash values differ from that ratio
/// in the fourth or fifth decimal (soda ash: 0.41492 printed, 0.41523 by the ratio) and are used as printed,
/// since inventories report with the table.</summary>
public static class IpccCarbonates
{
    public const string Source = "2006 IPCC Guidelines, Vol. 3, Ch. 2, Table 2.1 (emission factors for common carbonate species)";

    /// <summary>CaCO3 (calcite, aragonite), 44.0095 / 100.0869.</summary>
    public const decimal Calcite = 0.43971m;

    /// <summary>MgCO3, 44.0095 / 84.3139.</summary>
    public const decimal Magnesite = 0.52197m;

    /// <summary>CaMg(CO3)2, 2 × 44.0095 / 184.4023.</summary>
    public const decimal Dolomite = 0.47732m;

    /// <summary>FeCO3 (molar mass 115.8562).</summary>
    public const decimal Siderite = 0.37987m;

    /// <summary>Ca(Fe,Mg,Mn)(CO3)2. Table 2.1 gives a range, 0.40822 to 0.47572, because the
    /// composition varies; the platform uses the lower end (the value the engine was specified
    /// with) and says so in the result, since a plant-specific factor cannot be entered yet.</summary>
    public const decimal Ankerite = 0.40822m;

    /// <summary>Upper end of the ankerite range of Table 2.1, quoted in the note the result carries.</summary>
    public const decimal AnkeriteUpper = 0.47572m;

    /// <summary>MnCO3 (molar mass 114.9470).</summary>
    public const decimal Rhodochrosite = 0.38286m;

    /// <summary>Na2CO3, soda ash (molar mass 105.9884).</summary>
    public const decimal SodiumCarbonate = 0.41492m;

    public static decimal EmissionFactor(CarbonateType type) => type switch
    {
        CarbonateType.Calcite => Calcite,
        CarbonateType.Magnesite => Magnesite,
        CarbonateType.Dolomite => Dolomite,
        CarbonateType.Siderite => Siderite,
        CarbonateType.Ankerite => Ankerite,
        CarbonateType.Rhodochrosite => Rhodochrosite,
        CarbonateType.SodiumCarbonate => SodiumCarbonate,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown carbonate"),
    };

    /// <summary>The document's spelling of the carbonate (the words input uses).</summary>
    public static string Name(CarbonateType type) => type switch
    {
        CarbonateType.Calcite => "calcite",
        CarbonateType.Magnesite => "magnesite",
        CarbonateType.Dolomite => "dolomite",
        CarbonateType.Siderite => "siderite",
        CarbonateType.Ankerite => "ankerite",
        CarbonateType.Rhodochrosite => "rhodochrosite",
        CarbonateType.SodiumCarbonate => "sodium-carbonate",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown carbonate"),
    };

    internal static string AnkeriteNote(string where) =>
        $"{where}: ankerite uses {Ankerite} t CO2/t, the lower end of the IPCC Table 2.1 range {Ankerite}–{AnkeriteUpper}; " +
        "the true factor depends on the Fe, Mg and Mn content and may be up to 16.5 % higher";
}
