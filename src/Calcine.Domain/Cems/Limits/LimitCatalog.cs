using static Calcine.Domain.Cems.Limits.Confidence;
using static Calcine.Domain.Cems.Pollutant;

namespace Calcine.Domain.Cems.Limits;

/// <summary>The built-in limit sets, with the confidence of every value as established in
/// docs/reference/cems-hj212.md (§1.2, §1.4, §5.2). Values marked <see cref="Confidence.Unverified"/>
/// must be checked against the official text; a site replaces them by passing its own
/// <see cref="LimitSet"/> (limits are data). docs/methods/cems-compliance.md lists them all.</summary>
public static class LimitCatalog
{
    private const string UleSource = "MEE et al. 2024, 关于推进实施水泥行业超低排放的意见 (环大气〔2024〕5号 [U]); values via secondary summaries (ccement.com, Shandong implementing plan)";
    private const string Gb4915Source = "GB 4915-2013 Table 1 (in force 2014-03-01 for new plants, 2015-07-01 for existing plants [U]); via CMA India table and ccement.com";
    private const string AmendmentSource = "GB 4915-2013 amendment (修改单), in force 2026-04-01; via zhcement.com/article/23743";
    private const string IedSource = "Directive 2010/75/EU Annex VI Part 4 point 2 (cement kilns co-incinerating waste); via VLAREM 5.2.3bis.1.20";

    private static readonly DateOnly UlePublished = new(2024, 1, 19);
    private static readonly DateOnly Gb4915InForce = new(2014, 3, 1);
    private static readonly DateOnly AmendmentInForce = new(2026, 4, 1);
    private static readonly DateOnly IedAdopted = new(2010, 11, 24);

    // ---- China, ultra-low emission (2024), hourly averages, ≥ 95 % of production hours per month ----

    public static LimitSet CnUle2024Kiln { get; } = new(
        "cn-ule-2024-kiln", "China cement ULE 2024: kiln and kiln-tail waste-heat system", SourceType.KilnTail, 10, Averaging.Hour,
        [new(UlePublished, [L(Pm, 10, VerifiedSecondary), L(So2, 35, VerifiedSecondary), L(Nox, 50, VerifiedSecondary), L(Nh3, 8, Unverified, "same as the GB 4915 special limit and the 2026 amendment")], UleSource)]);

    public static LimitSet CnUle2024KilnHead { get; } = new(
        "cn-ule-2024-kiln-head", "China cement ULE 2024: kiln head / clinker cooler (measured concentration)", SourceType.KilnHead, null, Averaging.Hour,
        [new(UlePublished, [L(Pm, 10, Unverified, "\"in principle\"; several secondary summaries agree")], UleSource)]);

    public static LimitSet CnUle2024Other { get; } = new(
        "cn-ule-2024-other", "China cement ULE 2024: coal mill, raw and cement mills, crushers, packing, silos (measured concentration)", SourceType.OtherVentilated, null, Averaging.Hour,
        [new(UlePublished, [L(Pm, 10, Unverified, "\"in principle\"; several secondary summaries agree")], UleSource)]);

    public static LimitSet CnUle2024Dryer { get; } = new(
        "cn-ule-2024-dryer", "China cement ULE 2024: dryers with an independent heat source", SourceType.IndependentHeatDryer, 8, Averaging.Hour,
        [new(UlePublished, [L(Pm, 10, Unverified), L(So2, 50, Unverified), L(Nox, 80, Unverified), L(Nh3, 8, Unverified)], UleSource + "; assumed equal to the GB 4915 2026 amendment values")]);

    // ---- GB 4915-2013 (the legal standard), hourly averages; "special" = 特别排放限值 for key regions ----

    public static LimitSet Gb4915KilnTail { get; } = new(
        Gb4915General, "GB 4915-2013: kiln and kiln-tail waste-heat system", SourceType.KilnTail, 10, Averaging.Hour,
        [
            new(Gb4915InForce, [L(Pm, 30, VerifiedSecondary), L(So2, 200, VerifiedSecondary), L(Nox, 400, VerifiedSecondary), L(Nh3, 10, VerifiedSecondary)], Gb4915Source),
            new(AmendmentInForce, [L(Pm, 30, Unverified, KilnUnchanged), L(So2, 200, Unverified, KilnUnchanged), L(Nox, 400, Unverified, KilnUnchanged), L(Nh3, 8, Unverified, "amendment adds an NH3 limit of 8")], AmendmentSource),
        ]);

    public static LimitSet Gb4915KilnTailSpecial { get; } = new(
        Gb4915Special, "GB 4915-2013 special limits: kiln and kiln-tail waste-heat system", SourceType.KilnTail, 10, Averaging.Hour,
        [
            new(Gb4915InForce, [L(Pm, 20, VerifiedSecondary), L(So2, 100, VerifiedSecondary), L(Nox, 320, VerifiedSecondary), L(Nh3, 8, VerifiedSecondary)], Gb4915Source),
            new(AmendmentInForce, [L(Pm, 20, Unverified, KilnUnchanged), L(So2, 100, Unverified, KilnUnchanged), L(Nox, 320, Unverified, KilnUnchanged), L(Nh3, 8, Unverified, KilnUnchanged)], AmendmentSource),
        ]);

    public static LimitSet Gb4915KilnHead { get; } = new(
        Gb4915General, "GB 4915-2013: clinker cooler, coal mill, drying mills (measured concentration)", SourceType.KilnHead, null, Averaging.Hour,
        [new(Gb4915InForce, [L(Pm, 30, Unverified)], Gb4915Source)]);

    public static LimitSet Gb4915KilnHeadSpecial { get; } = new(
        Gb4915Special, "GB 4915-2013 special limits: clinker cooler, coal mill, drying mills (measured concentration)", SourceType.KilnHead, null, Averaging.Hour,
        [new(Gb4915InForce, [L(Pm, 20, Unverified)], Gb4915Source)]);

    public static LimitSet Gb4915Other { get; } = new(
        Gb4915General, "GB 4915-2013: crushers, mills, packing, silos and other ventilated equipment (measured concentration)", SourceType.OtherVentilated, null, Averaging.Hour,
        [new(Gb4915InForce, [L(Pm, 20, Unverified)], Gb4915Source)]);

    public static LimitSet Gb4915OtherSpecial { get; } = new(
        Gb4915Special, "GB 4915-2013 special limits: crushers, mills, packing, silos and other ventilated equipment (measured concentration)", SourceType.OtherVentilated, null, Averaging.Hour,
        [new(Gb4915InForce, [L(Pm, 10, Unverified)], Gb4915Source)]);

    public static LimitSet Gb4915Dryer { get; } = new(
        Gb4915General, "GB 4915-2013: dryers with an independent heat source", SourceType.IndependentHeatDryer, 8, Averaging.Hour,
        [
            new(Gb4915InForce, [L(Pm, 30, Unverified), L(So2, 600, Unverified), L(Nox, 400, Unverified)], Gb4915Source),
            new(AmendmentInForce, [L(Pm, 10, VerifiedSecondary), L(So2, 50, VerifiedSecondary), L(Nox, 80, VerifiedSecondary), L(Nh3, 8, Unverified)], AmendmentSource),
        ]);

    public static LimitSet Gb4915DryerSpecial { get; } = new(
        Gb4915Special, "GB 4915-2013 special limits: dryers with an independent heat source", SourceType.IndependentHeatDryer, 8, Averaging.Hour,
        [
            new(Gb4915InForce, [L(Pm, 20, Unverified), L(So2, 400, Unverified), L(Nox, 300, Unverified)], Gb4915Source),
            new(AmendmentInForce, [L(Pm, 10, Unverified, AmendmentSingleSet), L(So2, 50, Unverified, AmendmentSingleSet), L(Nox, 80, Unverified, AmendmentSingleSet), L(Nh3, 8, Unverified)], AmendmentSource),
        ]);

    // ---- EU IED Annex VI, cement kilns co-incinerating waste: daily averages at 10 % O2 ----

    public static LimitSet EuIedCementKiln { get; } = new(
        "eu-ied-annex-vi-cement", "EU IED Annex VI Part 4 point 2: cement kilns co-incinerating waste (daily averages)", SourceType.KilnTail, 10, Averaging.Day,
        [new(IedAdopted, [L(Pm, 30, VerifiedSecondary, "total dust"), L(So2, 50, VerifiedSecondary, "derogation possible where SO2 comes from raw materials [U]"), L(Nox, 500, VerifiedSecondary, "as NO2")], IedSource)]);

    public const string Gb4915General = "gb4915-2013";
    public const string Gb4915Special = "gb4915-2013-special";

    private const string KilnUnchanged = "kiln values assumed unchanged by the amendment (not established)";
    private const string AmendmentSingleSet = "the amendment's dryer values, assumed to apply to special-limit regions too";

    /// <summary>The China ULE sets, by id.</summary>
    public static IReadOnlyList<LimitSet> UleSets { get; } = [CnUle2024Kiln, CnUle2024KilnHead, CnUle2024Other, CnUle2024Dryer];

    /// <summary>All GB 4915 sets (general and special, per source type).</summary>
    public static IReadOnlyList<LimitSet> Gb4915Sets { get; } =
        [Gb4915KilnTail, Gb4915KilnTailSpecial, Gb4915KilnHead, Gb4915KilnHeadSpecial, Gb4915Other, Gb4915OtherSpecial, Gb4915Dryer, Gb4915DryerSpecial];

    public static IReadOnlyList<string> StandardIds { get; } = [Gb4915General, Gb4915Special];

    public static LimitSet? Ule(string id) => UleSets.FirstOrDefault(s => s.Id == id);

    /// <summary>The legal standard <paramref name="standardId"/> for a source type, or null.</summary>
    public static LimitSet? Standard(string standardId, SourceType source) =>
        Gb4915Sets.FirstOrDefault(s => s.Id == standardId && s.Source == source);

    private static EmissionLimit L(Pollutant p, double value, Confidence confidence, string note = "") => new(p, value, confidence, note);
}
