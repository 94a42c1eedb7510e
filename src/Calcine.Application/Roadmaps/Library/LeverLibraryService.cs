using System.Text;
using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Domain.Roadmaps.Library;
using Calcine.Storage;
using Calcine.Storage.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Roadmaps.Library;

/// <summary>A library version as the API lists it; <see cref="Library"/> is <c>{"levers": [...]}</c>
/// in the scenario format, each lever with its <c>sources</c>.</summary>
public sealed record LibraryVersionView(int Id, int? AssociationId, int Number, string Label, int? BasedOnId, string? Note,
    DateTimeOffset CreatedUtc, string CreatedBy, JsonElement? Library);

/// <summary>A library version with its cards, for other use cases (composition, the association road map).</summary>
public sealed record LibraryVersion(int Id, int? AssociationId, string Label, IReadOnlyList<LeverCard> Cards);

/// <summary>The versioned lever library: the built-in seed and each association's versions. An
/// association's change (its own levers, overridden values) writes a new version based on its latest.</summary>
public sealed class LeverLibraryService(CalcineDbContext db, AccessGuard guard, ICurrentUser user, TimeProvider clock)
{
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>The seed and the versions of the associations whose road maps the caller may read
    /// (as analyst, or as a member company's people).</summary>
    public async Task<Outcome<List<LibraryVersionView>>> ListAsync(CancellationToken ct)
    {
        await EnsureSeedAsync(ct);
        var associations = await VisibleAssociationsAsync(ct);
        var rows = await db.LeverLibraryVersions.AsNoTracking()
            .Where(v => v.AssociationId == null || associations.Contains(v.AssociationId.Value))
            .OrderBy(v => v.AssociationId).ThenBy(v => v.Number).ToListAsync(ct);
        return Outcome<List<LibraryVersionView>>.Ok([.. rows.Select(v => View(v, withLibrary: false))]);
    }

    public async Task<Outcome<LibraryVersionView>> GetAsync(int id, CancellationToken ct)
    {
        await EnsureSeedAsync(ct);
        var row = await db.LeverLibraryVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == id, ct);
        if (row is null || (row.AssociationId is { } a && !(await VisibleAssociationsAsync(ct)).Contains(a)))
        {
            return Outcome<LibraryVersionView>.NotFound();
        }

        return Outcome<LibraryVersionView>.Ok(View(row, withLibrary: true));
    }

    /// <summary>Applies <c>{"levers": [...], "note"}</c> to the association's latest version (or the
    /// seed): a lever with an existing id replaces it, a new id is added. Nothing is saved when any
    /// lever breaks a rule; each error names its JSON path.</summary>
    public async Task<Outcome<LibraryVersionView>> ChangeAsync(int associationId, byte[] body, CancellationToken ct)
    {
        if (await RoadmapAccess.RefuseAsync<LibraryVersionView>(guard, RoadmapOwner.Association(associationId), edit: true, ct) is { } refused)
        {
            return refused;
        }

        if (body.Length > MaxBodyBytes)
        {
            return Outcome<LibraryVersionView>.Invalid(new Dictionary<string, string[]> { ["$"] = [$"body is {body.Length} bytes; at most {MaxBodyBytes}"] }, "The library change is invalid; nothing was saved");
        }

        var latest = await LatestAsync(associationId, ct);
        var parsed = RoadmapScenarioReader.ReadLeverCards(body, [.. latest.Cards.Select(c => c.Id)]);
        if (!parsed.Success)
        {
            return Outcome<LibraryVersionView>.Invalid(parsed.Errors, "The library change is invalid; nothing was saved");
        }

        var merged = LeverLibraryMerge.Apply(latest.Cards, parsed.Value.Cards);
        var number = await db.LeverLibraryVersions.Where(v => v.AssociationId == associationId).Select(v => (int?)v.Number).MaxAsync(ct) ?? 0;
        var row = new LeverLibraryVersionEntity
        {
            AssociationId = associationId,
            Number = number + 1,
            BasedOnId = latest.Id,
            Label = $"association-{associationId}.{number + 1}",
            LibraryJson = Encoding.UTF8.GetString(RoadmapScenarioReader.WriteLeverCards(merged)),
            Note = parsed.Value.Note,
            CreatedUtc = clock.GetUtcNow(),
            CreatedBy = user.AsAuditActor().Name ?? "system",
        };
        db.LeverLibraryVersions.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<LibraryVersionView>.Conflict("The library was changed by someone else at the same time", "Reload the latest version and apply the change again.");
        }

        return Outcome<LibraryVersionView>.Ok(View(row, withLibrary: true));
    }

    /// <summary>The association's latest version, or the seed when it has none (or for no association).</summary>
    public async Task<LibraryVersion> LatestAsync(int? associationId, CancellationToken ct)
    {
        var seed = await EnsureSeedAsync(ct);
        var row = associationId is { } a
            ? await db.LeverLibraryVersions.AsNoTracking().Where(v => v.AssociationId == a).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct)
            : null;
        return Load(row ?? seed);
    }

    /// <summary>A version usable by a scenario of this association's (or its member's): the seed or one of the association's own.</summary>
    public async Task<LibraryVersion?> FindForAsync(int versionId, int associationId, CancellationToken ct)
    {
        await EnsureSeedAsync(ct);
        var row = await db.LeverLibraryVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.Id == versionId && (v.AssociationId == null || v.AssociationId == associationId), ct);
        return row is null ? null : Load(row);
    }

    /// <summary>The seed version's row, written on first use.</summary>
    public async Task<LeverLibraryVersionEntity> EnsureSeedAsync(CancellationToken ct)
    {
        var seed = await db.LeverLibraryVersions.AsNoTracking().Where(v => v.AssociationId == null && v.Label == LeverLibrarySeed.Label)
            .OrderBy(v => v.Id).FirstOrDefaultAsync(ct);
        if (seed is not null)
        {
            return seed;
        }

        seed = new LeverLibraryVersionEntity
        {
            Number = 1,
            Label = LeverLibrarySeed.Label,
            LibraryJson = Encoding.UTF8.GetString(RoadmapScenarioReader.WriteLeverCards(LeverLibrarySeed.Cards)),
            Note = "Built-in library from ECRA 2022 and MPP technology cards (shared/docs/reference/roadmap.md §2.3–2.5)",
            CreatedUtc = clock.GetUtcNow(),
            CreatedBy = "system",
        };
        db.LeverLibraryVersions.Add(seed);
        await db.SaveChangesAsync(ct);
        db.Entry(seed).State = EntityState.Detached;
        return seed;
    }

    private async Task<HashSet<int>> VisibleAssociationsAsync(CancellationToken ct)
    {
        var own = await guard.VisibleAsync(ResourceKind.Association, ct, AccessAction.Roadmap);
        var companies = await guard.VisibleAsync(ResourceKind.Company, ct, AccessAction.Roadmap);
        var viaMembers = await db.Companies.AsNoTracking().Where(c => companies.Contains(c.Id)).Select(c => c.AssociationId).ToListAsync(ct);
        return [.. own, .. viaMembers];
    }

    public static LibraryVersion Load(LeverLibraryVersionEntity row)
    {
        var cards = RoadmapScenarioReader.ReadLeverCards(Encoding.UTF8.GetBytes(row.LibraryJson), []);
        return new LibraryVersion(row.Id, row.AssociationId, row.Label, cards.Success ? cards.Value.Cards : []);
    }

    private static LibraryVersionView View(LeverLibraryVersionEntity v, bool withLibrary) =>
        new(v.Id, v.AssociationId, v.Number, v.Label, v.BasedOnId, v.Note, v.CreatedUtc, v.CreatedBy,
            withLibrary ? JsonDocument.Parse(v.LibraryJson).RootElement.Clone() : null);
}
