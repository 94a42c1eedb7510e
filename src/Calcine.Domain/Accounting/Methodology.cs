namespace Calcine.Domain.Accounting;

/// <summary>Stoichiometric factors as a methodology fixes them. They differ between methods
/// (0.785 vs 44/56 for CaO) and a result must use the set of the method that produced it.</summary>
public sealed record ChemistryConstants(decimal CaoToCo2, decimal MgoToCo2, decimal CarbonToCo2);

/// <summary>A methodology as a first-class object: identity, version, source and its own constants.</summary>
public sealed record Methodology(string Id, string Name, string Version, string Source, ChemistryConstants Chemistry)
{
    /// <summary>t CO2 per t of CKD leaving the kiln when its calcination rate d is neither given nor
    /// derivable from LOI. Null: the method falls back to a default d instead (GCCA: 0 dry, 1 other kilns).</summary>
    public decimal? UndeterminedCkdEf { get; init; }
}

public static class Methodologies
{
    private static readonly ChemistryConstants GccaChemistry = new(0.785m, 1.092m, 3.664m);

    /// <summary>EU MRR Annex IV section 9 C, tier 1: 0.525 t CO2 per t of dust. Tagged [R] in the
    /// reference (recalled, to verify against the consolidated 2018/2066 text).</summary>
    public const decimal MrrTier1CkdEf = 0.525m;

    public static readonly Methodology Gcca = new(
        "gcca", "GCCA Cement CO2 and Energy Protocol", "3.1",
        "WBCSD-CSI/GCCA Cement CO2 and Energy Protocol v3.1, Internet Manual (B1, B2, dust, TOC, fuels, KPIs)",
        GccaChemistry);

    public static readonly Methodology EuMrr = new(
        "eu-mrr", "EU ETS Monitoring and Reporting Regulation, Annex IV section 9 (cement clinker), method B", "2018/2066",
        "Commission Implementing Regulation (EU) 2018/2066 as amended; Annex VI table 3 stoichiometric factors",
        GccaChemistry)
    { UndeterminedCkdEf = MrrTier1CkdEf };

    public static readonly Methodology Cbam = new(
        "cbam", "EU CBAM specific embedded emissions", "2023/1773",
        "Regulation (EU) 2023/956 Annex I; Implementing Regulation (EU) 2023/1773 Annex III; direct emissions by EU MRR rules",
        GccaChemistry)
    { UndeterminedCkdEf = MrrTier1CkdEf };

    private static readonly ChemistryConstants IpccChemistry = new(44.01m / 56.08m, 44.01m / 40.30m, 3.664m);

    public static readonly Methodology IpccTier1 = new("ipcc-t1", "IPCC 2006 Vol. 3 Ch. 2, Tier 1 (Eq. 2.1)", "2006", "2006 IPCC Guidelines, Vol. 3, Ch. 2.2", IpccChemistry);
    public static readonly Methodology IpccTier2 = new("ipcc-t2", "IPCC 2006 Vol. 3 Ch. 2, Tier 2 (Eq. 2.2)", "2006", "2006 IPCC Guidelines, Vol. 3, Ch. 2.2", IpccChemistry);
    public static readonly Methodology IpccTier3 = new("ipcc-t3", "IPCC 2006 Vol. 3 Ch. 2, Tier 3 (Eq. 2.3)", "2006", "2006 IPCC Guidelines, Vol. 3, Ch. 2.2", IpccChemistry);

    private static readonly ChemistryConstants ChinaChemistry = new(44m / 56m, 44m / 40m, 44m / 12m);

    public static readonly Methodology China2013 = new(
        "cn-2013", "China cement GHG accounting guideline (2013) / GB/T 32151.8-2015", "2013",
        "NDRC 2013 《中国水泥生产企业温室气体排放核算方法与报告指南（试行）》; GB/T 32151.8-2015", ChinaChemistry);

    public static readonly Methodology ChinaCets2024 = new(
        "cn-2024", "China CETS cement guideline CETS-AG-02.01-V01-2024", "2024",
        "MEE 2024 《企业温室气体排放核算与报告指南 水泥行业》 (default tables transcribed from secondary sources: unverified)", ChinaChemistry);

    public static IReadOnlyList<Methodology> All { get; } = [Gcca, EuMrr, Cbam, IpccTier1, IpccTier2, IpccTier3, China2013, ChinaCets2024];
}
