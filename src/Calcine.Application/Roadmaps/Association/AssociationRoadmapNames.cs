using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Association;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>The names the JSON, CSV and Excel files use: the contract's category names, kebab-case reasons and modes.</summary>
public static class AssociationRoadmapNames
{
    public static string Category(LeverCategory c) => RoadmapScenarioReader.Categories.First(kv => kv.Value == c).Key;

    public static string Reason(SuppressionReason r) => r switch
    {
        SuppressionReason.TooFewContributors => "too-few-contributors",
        SuppressionReason.TooFewCompanies => "too-few-companies",
        SuppressionReason.Dominated => "dominated",
        SuppressionReason.EqualsMemberValue => "equals-member-value",
        _ => "complementary",
    };

    public static string Mode(AssociationMode m) => m == AssociationMode.MembersPlans ? "members-plans" : "sector-optimum";

    public static AssociationMode? ParseMode(string? text) => text switch
    {
        null or "" or "members-plans" => AssociationMode.MembersPlans,
        "sector-optimum" => AssociationMode.SectorOptimum,
        _ => null,
    };

    /// <summary>A category's share of the year's total abatement, when both are shown.</summary>
    public static double? Share(WedgeYear year, LeverCategory c) =>
        year.Cells.First(x => x.Category == c).Abatement_tCO2.Value is { } v && year.Total.Value is { } t && t != 0 ? v / t : null;
}

/// <summary>The association's road map with what the files name it by.</summary>
public sealed record AssociationRoadmapView(int AssociationId, string AssociationName, AssociationRoadmapRun Run, Domain.Benchmarking.BenchmarkPolicy Policy);
