using Calcine.Domain.Benchmarking;

namespace Calcine.Application.InventoryReports;

/// <summary>One GCCA figure of a report: keyed as the inventory endpoint keys it (see GccaKpiCatalog).
/// <paramref name="Ratio"/> is the KPI as numerator over denominator (what a company sums); null for totals.</summary>
public sealed record ReportFigure(string Id, string Name, string Unit, decimal? Value, KpiRatio? Ratio = null);

/// <summary>A factor the GCCA calculation used, with where it came from (document path, methodology default or factor library).</summary>
public sealed record ReportFactor(string Name, decimal Value, string Unit, string Source);

/// <summary>How the year was calculated: protocol and version, basis and calcination method.</summary>
public sealed record ReportMethod(string Protocol, string Version, string Basis, string CalcinationMethod, string Source);

/// <summary>How complete the year's data is: months entered (or an imported document), and what stops a calculation.</summary>
public sealed record ReportCompleteness(string Source, int MonthsEntered, bool Computed, IReadOnlyList<string> Problems, int PlausibilityWarnings);

/// <summary>Where the year stands in verification, and the latest signed version if any.</summary>
public sealed record ReportVerification(
    string Status, int OpenFindings, int? SignedVersion, string? Verifier, DateTimeOffset? SignedUtc, string? DocumentSha256, string? InventorySha256);

/// <summary>The annual CO2 inventory of one plant: the live data, computed as the inventory endpoint computes it.</summary>
public sealed record PlantInventoryReport(
    int PlantId,
    string PlantCode,
    string PlantName,
    int CompanyId,
    string CompanyName,
    int Year,
    ReportMethod? Method,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<ReportFactor> Factors,
    ReportCompleteness Completeness,
    ReportVerification Verification);

/// <summary>A company's year: each plant the reader may see, and the company figures over those plants
/// (KPIs as summed numerators over summed denominators, as the benchmark weighs them).</summary>
public sealed record CompanyInventoryReport(int CompanyId, string CompanyName, int Year, IReadOnlyList<PlantInventoryReport> Plants, IReadOnlyList<ReportFigure> Totals)
{
    public int PlantsInTotals => Plants.Count(p => p.Completeness.Computed);
}
