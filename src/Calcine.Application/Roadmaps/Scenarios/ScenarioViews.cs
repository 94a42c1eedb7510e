using System.Text.Json;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>A saved scenario as lists show it.</summary>
public sealed record ScenarioSummary(int Id, string Name, int? CompanyId, int? AssociationId, int CurrentVersion, int LibraryVersionId, DateTimeOffset UpdatedUtc);

/// <summary>One version of a scenario: its document (<c>roadmap-scenario/1</c>) and library version.</summary>
public sealed record ScenarioDetail(int Id, string Name, int? CompanyId, int? AssociationId, int Version, int CurrentVersion, int LibraryVersionId,
    DateTimeOffset CreatedUtc, string CreatedBy, JsonElement Document);

public sealed record ScenarioVersionSummary(int Number, int LibraryVersionId, DateTimeOffset CreatedUtc, string CreatedBy, bool HasResult);

/// <summary>A run's result: <c>roadmap-result/1</c> with the analysis, as JSON text, for one version.</summary>
public sealed record ScenarioRun(int ScenarioId, int Version, bool Cached, bool ProvenOptimal, DateTimeOffset ComputedUtc, string ResultJson);

/// <summary>Two scenarios side by side, per year of either horizon.</summary>
public sealed record ScenarioComparison(ComparedScenario A, ComparedScenario B, IReadOnlyList<ComparisonYear> Years);

public sealed record ComparedScenario(int Id, string Name, int Version, bool Feasible, int? FirstViolatedYear, double? TotalDiscountedCost_USD, double BauDiscountedCost_USD);

/// <summary>The pathway's totals of one year in each scenario (null where a scenario has no such year
/// or no feasible plan), and B − A.</summary>
public sealed record ComparisonYear(int Year, ComparedYear? A, ComparedYear? B, double? Co2Difference_tCO2, double? CostDifference_USD);

public sealed record ComparedYear(double Co2_tCO2, double BauCo2_tCO2, double Cost_USD, double Intensity_tCO2_per_tCement, double Investment_USD, bool? TargetMet);
