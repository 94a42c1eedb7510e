using System.Text.Json;
using Calcine.Application.Activity;
using Calcine.Storage;
using Calcine.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Verification;

/// <summary>The signed versions of a reporting year, read-only: reopening never removes one.</summary>
public sealed class VersionsService(CalcineDbContext db)
{
    public async Task<Outcome<List<VersionSummary>>> ListAsync(int id, int year, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<List<VersionSummary>>();
        }

        var versions = await db.PlantYearVersions.AsNoTracking()
            .Where(v => v.PlantYear!.PlantId == id && v.PlantYear.Year == year).OrderBy(v => v.Number)
            .Select(v => new { v.Number, SignedBy = v.SignedByName ?? v.SignedById, v.SignedUtc, v.DocumentSha256, v.InventorySha256, v.AuditHeadCount, v.AuditHeadHash })
            .ToListAsync(ct);
        return Outcome<List<VersionSummary>>.Ok([.. versions.Select(v => new VersionSummary(v.Number, v.SignedBy, v.SignedUtc,
            v.DocumentSha256, v.InventorySha256, new AuditHead(v.AuditHeadCount, v.AuditHeadHash).ToString()))]);
    }

    public async Task<Outcome<VersionDetail>> GetAsync(int id, int year, int n, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return VerificationRefusals.BadYear<VersionDetail>();
        }

        var v = await db.PlantYearVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.PlantYear!.PlantId == id && v.PlantYear.Year == year && v.Number == n, ct);
        if (v is null)
        {
            return VerificationRefusals.NoSuch<VersionDetail>("signed version");
        }

        using var document = JsonDocument.Parse(v.DocumentJson);
        using var inventory = JsonDocument.Parse(v.InventoryJson);
        return Outcome<VersionDetail>.Ok(new VersionDetail(id, year, v.Number, v.SignedByName ?? v.SignedById, v.SignedUtc,
            v.DocumentSha256, v.InventorySha256, document.RootElement.Clone(), inventory.RootElement.Clone(),
            new AuditHead(v.AuditHeadCount, v.AuditHeadHash).ToString()));
    }
}
