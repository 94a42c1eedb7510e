using System.Globalization;

namespace Calcine.Application.InventoryReports;

/// <summary>The report as flat rows, shared by the CSV and the workbook so both say the same: one row
/// per plant and figure, then (company report) one per company figure. Unrounded, invariant.</summary>
public static class InventoryReportRows
{
    public static readonly string[] FigureColumns =
    [
        "level", "company_id", "company", "plant_id", "plant_code", "plant", "year", "figure", "name", "unit",
        "value", "numerator", "denominator", "year_status", "signed_version", "document_sha256",
    ];

    public static readonly string[] FactorColumns = ["plant_code", "name", "value", "unit", "source"];

    public static readonly string[] StatusColumns =
    [
        "plant_code", "plant", "year_status", "open_findings", "signed_version", "verifier", "signed_utc", "document_sha256",
        "inventory_sha256", "data_source", "months_entered", "computed", "problems", "plausibility_warnings",
        "protocol", "protocol_version", "basis", "calcination_method",
    ];

    /// <summary>Cells are int, decimal, string or null (an empty cell).</summary>
    public static IEnumerable<object?[]> Figures(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company)
    {
        foreach (var p in plants)
        {
            foreach (var f in p.Figures)
            {
                yield return
                [
                    "plant", p.CompanyId, p.CompanyName, p.PlantId, p.PlantCode, p.PlantName, p.Year, f.Id, f.Name, f.Unit,
                    f.Value, f.Ratio?.Numerator, f.Ratio?.Denominator, p.Verification.Status, p.Verification.SignedVersion, p.Verification.DocumentSha256,
                ];
            }
        }

        if (company is null)
        {
            yield break;
        }

        foreach (var f in company.Totals)
        {
            yield return
            [
                "company", company.CompanyId, company.CompanyName, null, null, null, company.Year, f.Id, f.Name, f.Unit,
                f.Value, f.Ratio?.Numerator, f.Ratio?.Denominator, null, null, null,
            ];
        }
    }

    public static IEnumerable<object?[]> Factors(IReadOnlyList<PlantInventoryReport> plants) =>
        plants.SelectMany(p => p.Factors.Select(f => new object?[] { p.PlantCode, f.Name, f.Value, f.Unit, f.Source }));

    public static IEnumerable<object?[]> Status(IReadOnlyList<PlantInventoryReport> plants) => plants.Select(p => new object?[]
    {
        p.PlantCode, p.PlantName, p.Verification.Status, p.Verification.OpenFindings, p.Verification.SignedVersion, p.Verification.Verifier,
        p.Verification.SignedUtc?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        p.Verification.DocumentSha256, p.Verification.InventorySha256, p.Completeness.Source, p.Completeness.MonthsEntered,
        p.Completeness.Computed ? "yes" : "no", string.Join("; ", p.Completeness.Problems), p.Completeness.PlausibilityWarnings,
        p.Method?.Protocol, p.Method?.Version, p.Method?.Basis, p.Method?.CalcinationMethod,
    });
}
