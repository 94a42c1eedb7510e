using System.Text.Json;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Verification;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.InventoryReports;

/// <summary>A finding as the statement lists it.</summary>
public sealed record StatementFinding(string Text, string Severity, string Status, string RaisedBy, DateTimeOffset RaisedUtc, DateTimeOffset? ClosedUtc);

/// <summary>What a verifier signed for a plant-year: read from the signed version only (its document
/// and its GCCA inventory as stored at sign-off), never from the live data, which may have changed since.</summary>
public sealed record VerificationStatement(
    int PlantId,
    string PlantCode,
    string PlantName,
    string CompanyName,
    int Year,
    int Version,
    string Verifier,
    DateTimeOffset SignedUtc,
    string DocumentSha256,
    string InventorySha256,
    string YearStatus,
    ReportMethod Method,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<StatementFinding> Findings)
{
    public int FindingsClosed => Findings.Count(f => f.Status == FindingStatus.Closed);

    /// <summary>The statement of the latest signed version (or of <paramref name="version"/>); null when the year has none.</summary>
    public static async Task<VerificationStatement?> LoadAsync(CalcineDbContext db, int plantId, int year, int? version, CancellationToken ct)
    {
        var query = db.PlantYearVersions.AsNoTracking().Where(v => v.PlantYear!.PlantId == plantId && v.PlantYear.Year == year);
        var signed = await (version is { } n ? query.Where(v => v.Number == n) : query.OrderByDescending(v => v.Number)).FirstOrDefaultAsync(ct);
        if (signed is null)
        {
            return null;
        }

        var owner = await db.PlantYears.AsNoTracking().Where(y => y.Id == signed.PlantYearId)
            .Select(y => new { y.Status, y.Plant!.Code, y.Plant.Name, Company = y.Plant.Company!.Name }).SingleAsync(ct);
        // Findings are those raised before this sign-off: a later round's findings belong to a later version.
        var findings = (await db.VerificationFindings.AsNoTracking().Where(f => f.PlantYearId == signed.PlantYearId).ToListAsync(ct))
            .Where(f => f.RaisedUtc <= signed.SignedUtc).OrderBy(f => f.RaisedUtc).ThenBy(f => f.Id)
            .Select(f => new StatementFinding(f.Text, f.Severity, f.Status, f.RaisedByName ?? f.RaisedById, f.RaisedUtc, f.ClosedUtc)).ToList();
        var document = PlantYearReader.Read(signed.DocumentJson);
        var method = document.Success ? InventoryReportBuilder.MethodOf(document.Value) : InventoryReportBuilder.MethodOf(Domain.Accounting.CalcinationMethod.B1);
        return new VerificationStatement(plantId, owner.Code, owner.Name, owner.Company, year, signed.Number, signed.SignedByName ?? signed.SignedById,
            signed.SignedUtc, signed.DocumentSha256, signed.InventorySha256, owner.Status, method, SignedFigures(signed.InventoryJson), findings);
    }

    /// <summary>The GCCA figures as the signed inventory JSON holds them (totals at the top, KPIs under "kpi").</summary>
    private static List<ReportFigure> SignedFigures(string inventoryJson)
    {
        using var inventory = JsonDocument.Parse(inventoryJson);
        var root = inventory.RootElement;
        var kpi = root.TryGetProperty("kpi", out var k) ? k : default;
        return
        [
            .. GccaKpiCatalog.Totals.Select(t => new ReportFigure(t.Id, t.Name, t.Unit, Number(root, t.Id))),
            .. GccaKpiCatalog.Kpis.Select(t => new ReportFigure(t.Id, t.Name, t.Unit, kpi.ValueKind == JsonValueKind.Object ? Number(kpi, t.Id) : null)),
        ];
    }

    private static decimal? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;
}
