using Calcine.Domain.Accounting;

namespace Calcine.Application.Co2.Output;

/// <summary>The document's spelling of enum values, so output uses the words input uses.</summary>
public static class Names
{
    public static string Of(FuelUse use) => use switch
    {
        FuelUse.Kiln => "kiln",
        FuelUse.CementMill => "cement-mill",
        FuelUse.Other => "other",
        _ => "on-site-power",
    };

    public static string Of(FuelCategory category) => category switch
    {
        FuelCategory.ConventionalFossil => "conventional-fossil",
        FuelCategory.AlternativeFossil => "alternative-fossil",
        FuelCategory.Mixed => "mixed",
        _ => "biomass",
    };
}
