namespace Calcine.Domain.Accounting.China;

/// <summary>The default tables of the 2024 CETS cement guideline. A table is a value so that the
/// official one can replace the transcription without touching the calculator.</summary>
public sealed record Cets2024Table(
    IReadOnlyDictionary<ChinaClinkerType, decimal> ClinkerEfs,
    IReadOnlyDictionary<string, decimal> DeductionFactors,
    string Source,
    bool Verified);

/// <summary>UNVERIFIED defaults of CETS-AG-02.01-V01-2024 (reference co2-accounting.md §6.2, tag F-3p):
/// transcribed from two independent third-party implementations that agree (a public React component
/// <c>ClinkerProductionEmission</c> and a plant script), not from the official text. Every result that
/// uses one of them says so. Both values are overridable per document:
/// <c>china.clinkerEf2024_tCO2_per_t</c> and <c>china.alternativeRawMaterials[].deductionFactor_tCO2_per_t</c>.</summary>
public static class Cets2024Defaults
{
    public const string Source =
        "CETS-AG-02.01-V01-2024 default tables as transcribed by third-party implementations (reference §6.2, F-3p); unverified against the official text";

    /// <summary>EF_cli, t CO2 per t clinker, by clinker type.</summary>
    public static IReadOnlyDictionary<ChinaClinkerType, decimal> ClinkerEfs { get; } = new Dictionary<ChinaClinkerType, decimal>
    {
        [ChinaClinkerType.Portland] = 0.535m,
        [ChinaClinkerType.WhitePortland] = 0.550m,
        // Sulfoaluminate and ferro-aluminate clinker.
        [ChinaClinkerType.Sulfoaluminate] = 0.413m,
        // Aluminate clinker with process emissions.
        [ChinaClinkerType.Aluminate] = 0.292m,
    };

    /// <summary>DF_j, t CO2 avoided per t of non-carbonate alternative raw material (the CaO or MgO it
    /// brings no longer comes from carbonate), keyed by the document's kebab-case type.</summary>
    public static IReadOnlyDictionary<string, decimal> DeductionFactors { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["desulfurization-powder"] = 0.600m,  // 脱硫粉, Ca(OH)2
        ["slaked-lime"] = 0.600m,
        ["carbide-slag"] = 0.480m,            // 电石渣
        ["magnesium-slag"] = 0.480m,
        ["paper-mill-white-mud"] = 0.375m,
        ["calcium-fluoride-sludge"] = 0.375m,
        ["phosphorus-slag"] = 0.375m,
        ["vanadium-titanium-slag"] = 0.305m,
        ["nitrogen-industry-slag"] = 0.305m,
        ["incineration-fly-ash"] = 0.305m,    // 飞灰
        ["ferroalloy-slag"] = 0.305m,
        ["fgd-gypsum"] = 0.245m,
        ["phosphogypsum"] = 0.245m,
        ["titanium-gypsum"] = 0.245m,
        ["fluorogypsum"] = 0.245m,
        ["borogypsum"] = 0.245m,
        ["mould-gypsum"] = 0.245m,
        ["citric-acid-residue"] = 0.245m,
        ["steel-slag"] = 0.215m,
        ["nickel-slag"] = 0.215m,
        ["manganese-slag"] = 0.135m,
        ["zinc-slag"] = 0.135m,
        ["tin-slag"] = 0.135m,
        ["municipal-sludge"] = 0.055m,
        ["aluminium-slag"] = 0.055m,
        ["pyrite-cinder"] = 0.055m,
        ["copper-slag"] = 0.055m,
        ["lead-zinc-slag"] = 0.055m,
        ["coal-fly-ash"] = 0.055m,            // 粉煤灰
        ["red-mud"] = 0.055m,
    };

    public static Cets2024Table Table { get; } = new(ClinkerEfs, DeductionFactors, Source, Verified: false);

    /// <summary>The document's spelling of the clinker type.</summary>
    public static string Name(ChinaClinkerType type) => type switch
    {
        ChinaClinkerType.Portland => "portland",
        ChinaClinkerType.WhitePortland => "white-portland",
        ChinaClinkerType.Sulfoaluminate => "sulfoaluminate",
        ChinaClinkerType.Aluminate => "aluminate",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown clinker type"),
    };
}
