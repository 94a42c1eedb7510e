namespace Calcine.Domain.Accounting;

/// <summary>CBAM goods of the cement sector (Regulation (EU) 2023/956 Annex I) that a cement plant produces.</summary>
public static class CbamGoods
{
    public const string ClinkerCode = "2523 10 00";
    public const string DefaultCementCode = "2523 29 00";

    public static IReadOnlyDictionary<string, string> CementCodes { get; } = new Dictionary<string, string>
    {
        ["2523 21 00"] = "White Portland cement",
        ["2523 29 00"] = "Other Portland cement",
        ["2523 30 00"] = "Aluminous cement",
        ["2523 90 00"] = "Other hydraulic cements",
    };
}
