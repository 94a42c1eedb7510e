using System.Text;
using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Application.Roadmaps.Library;
using Calcine.Domain.Roadmaps;
using Calcine.Storage;
using Calcine.Storage.Roadmaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>Saved road-map scenarios of companies and associations: every save is a new numbered
/// version (audited with the scenario), each recording the lever-library version it used; a run
/// uses the optimiser and caches its result per version.</summary>
public sealed class ScenarioService(CalcineDbContext db, AccessGuard guard, ICurrentUser user, TimeProvider clock,
    LeverLibraryService library, IOptions<RoadmapRunOptions> options, IOptions<CbamExposureOptions> cbam)
{
    private const string InvalidTitle = "The scenario is invalid; nothing was saved";

    public async Task<Outcome<List<ScenarioSummary>>> ListAsync(RoadmapOwner owner, CancellationToken ct)
    {
        if (await RoadmapAccess.RefuseAsync<List<ScenarioSummary>>(guard, owner, edit: false, ct) is { } refused)
        {
            return refused;
        }

        var rows = await Owned(owner).Where(s => s.DeletedUtc == null).OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id,
                s.Name,
                s.CompanyId,
                s.AssociationId,
                s.CurrentVersion,
                s.UpdatedUtc,
                Library = s.Versions.Where(v => v.Number == s.CurrentVersion).Select(v => v.LibraryVersionId).FirstOrDefault()
            })
            .ToListAsync(ct);
        return Outcome<List<ScenarioSummary>>.Ok([.. rows.Select(r => new ScenarioSummary(r.Id, r.Name, r.CompanyId, r.AssociationId, r.CurrentVersion, r.Library, r.UpdatedUtc))]);
    }

    /// <summary>Saves a new scenario from a <c>roadmap-scenario/1</c> document. The library version is
    /// the one given (the seed or the owner's association's), else the association's latest.</summary>
    public async Task<Outcome<ScenarioDetail>> CreateAsync(RoadmapOwner owner, byte[] document, int? libraryVersionId, CancellationToken ct)
    {
        if (await RoadmapAccess.RefuseAsync<ScenarioDetail>(guard, owner, edit: true, ct) is { } refused)
        {
            return refused;
        }

        var (scenario, invalid) = Validate(document);
        if (invalid is not null)
        {
            return invalid;
        }

        var libraryVersion = await LibraryForAsync(owner, libraryVersionId, ct);
        if (libraryVersion is null)
        {
            return Outcome<ScenarioDetail>.Invalid(new Dictionary<string, string[]> { ["libraryVersion"] = [$"no library version {libraryVersionId} for this owner (the seed or its association's versions)"] }, InvalidTitle);
        }

        var now = clock.GetUtcNow();
        var entity = new RoadmapScenarioEntity
        {
            CompanyId = owner.Kind == ResourceKind.Company ? owner.Id : null,
            AssociationId = owner.Kind == ResourceKind.Association ? owner.Id : null,
            Name = Name(scenario!),
            CurrentVersion = 1,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        entity.Versions.Add(NewVersion(1, document, libraryVersion.Value, now));
        db.RoadmapScenarios.Add(entity);
        await db.SaveChangesAsync(ct);
        return Outcome<ScenarioDetail>.Ok(Detail(entity, entity.Versions[0]));
    }

    public async Task<Outcome<ScenarioDetail>> GetAsync(int id, int? version, CancellationToken ct)
    {
        var (entity, refused) = await OpenAsync<ScenarioDetail>(id, edit: false, ct);
        if (refused is not null)
        {
            return refused;
        }

        var number = version ?? entity!.CurrentVersion;
        var row = await db.RoadmapScenarioVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ScenarioId == id && v.Number == number, ct);
        return row is null ? Outcome<ScenarioDetail>.NotFound($"The scenario has versions 1..{entity!.CurrentVersion}.", "No such version") : Outcome<ScenarioDetail>.Ok(Detail(entity!, row));
    }

    public async Task<Outcome<List<ScenarioVersionSummary>>> VersionsAsync(int id, CancellationToken ct)
    {
        var (_, refused) = await OpenAsync<List<ScenarioVersionSummary>>(id, edit: false, ct);
        if (refused is not null)
        {
            return refused;
        }

        var rows = await db.RoadmapScenarioVersions.AsNoTracking().Where(v => v.ScenarioId == id).OrderBy(v => v.Number)
            .Select(v => new ScenarioVersionSummary(v.Number, v.LibraryVersionId, v.CreatedUtc, v.CreatedBy, db.RoadmapResults.Any(r => r.ScenarioVersionId == v.Id)))
            .ToListAsync(ct);
        return Outcome<List<ScenarioVersionSummary>>.Ok(rows);
    }

    /// <summary>Saves the document as the next version, if the scenario is still at
    /// <paramref name="expectedVersion"/> (the version the editor read); otherwise 409.</summary>
    public async Task<Outcome<ScenarioDetail>> UpdateAsync(int id, byte[] document, int? expectedVersion, int? libraryVersionId, CancellationToken ct)
    {
        var (entity, refused) = await OpenAsync<ScenarioDetail>(id, edit: true, ct, tracked: true);
        if (refused is not null)
        {
            return refused;
        }

        if (expectedVersion is null)
        {
            return Outcome<ScenarioDetail>.Invalid(new Dictionary<string, string[]> { ["version"] = ["required: the version you edited (?version=n)"] }, InvalidTitle);
        }

        var (scenario, invalid) = Validate(document);
        if (invalid is not null)
        {
            return invalid;
        }

        if (entity!.CurrentVersion != expectedVersion)
        {
            return Stale(entity.CurrentVersion);
        }

        var current = await db.RoadmapScenarioVersions.AsNoTracking().Where(v => v.ScenarioId == id && v.Number == entity.CurrentVersion).Select(v => v.LibraryVersionId).SingleAsync(ct);
        var libraryVersion = libraryVersionId is null ? current : await LibraryForAsync(RoadmapOwner.Of(entity.CompanyId, entity.AssociationId), libraryVersionId, ct);
        if (libraryVersion is null)
        {
            return Outcome<ScenarioDetail>.Invalid(new Dictionary<string, string[]> { ["libraryVersion"] = [$"no library version {libraryVersionId} for this owner"] }, InvalidTitle);
        }

        var now = clock.GetUtcNow();
        db.Entry(entity).Property(s => s.Version).OriginalValue = entity.Version;
        entity.Version++;
        entity.CurrentVersion++;
        entity.Name = Name(scenario!);
        entity.UpdatedUtc = now;
        var version = NewVersion(entity.CurrentVersion, document, libraryVersion.Value, now);
        version.ScenarioId = entity.Id;
        db.RoadmapScenarioVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var latest = await db.RoadmapScenarios.AsNoTracking().Where(s => s.Id == id).Select(s => s.CurrentVersion).SingleAsync(ct);
            return Stale(latest);
        }

        return Outcome<ScenarioDetail>.Ok(Detail(entity, version));
    }

    /// <summary>No longer listed or served; its versions and audit trail stay.</summary>
    public async Task<Outcome<ScenarioSummary>> DeleteAsync(int id, CancellationToken ct)
    {
        var (entity, refused) = await OpenAsync<ScenarioSummary>(id, edit: true, ct, tracked: true);
        if (refused is not null)
        {
            return refused;
        }

        entity!.DeletedUtc = clock.GetUtcNow();
        db.Entry(entity).Property(s => s.Version).OriginalValue = entity.Version;
        entity.Version++;
        await db.SaveChangesAsync(ct);
        return Outcome<ScenarioSummary>.Ok(new ScenarioSummary(entity.Id, entity.Name, entity.CompanyId, entity.AssociationId, entity.CurrentVersion, 0, entity.UpdatedUtc));
    }

    /// <summary>The result of a version (the current one by default): from the cache, or computed now
    /// by the optimiser and cached. Running needs only read access: it changes no plan.</summary>
    public async Task<Outcome<ScenarioRun>> RunAsync(int id, int? version, CancellationToken ct)
    {
        var (entity, refused) = await OpenAsync<ScenarioRun>(id, edit: false, ct);
        if (refused is not null)
        {
            return refused;
        }

        var number = version ?? entity!.CurrentVersion;
        var row = await db.RoadmapScenarioVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ScenarioId == id && v.Number == number, ct);
        if (row is null)
        {
            return Outcome<ScenarioRun>.NotFound($"The scenario has versions 1..{entity!.CurrentVersion}.", "No such version");
        }

        var cached = await db.RoadmapResults.AsNoTracking().SingleOrDefaultAsync(r => r.ScenarioVersionId == row.Id, ct);
        if (cached is not null)
        {
            return Outcome<ScenarioRun>.Ok(new ScenarioRun(id, number, true, cached.ProvenOptimal, cached.ComputedUtc, cached.ResultJson));
        }

        var scenario = RoadmapScenarioReader.Read(Encoding.UTF8.GetBytes(row.DocumentJson)).Value;
        RoadmapResult result;
        try
        {
            result = await Task.Run(() => RoadmapRunner.Run(scenario, PathwayMethod.Auto, options.Value.TimeLimitSeconds, cbam.Value.ToSettings()), ct);
        }
        catch (TimeoutException ex)
        {
            return Outcome<ScenarioRun>.Conflict("The optimiser found no plan in time", ex.Message);
        }

        using var buffer = new MemoryStream();
        RoadmapResultWriter.Write(buffer, result);
        var json = Encoding.UTF8.GetString(buffer.ToArray());
        var stored = new RoadmapResultEntity { ScenarioVersionId = row.Id, ResultJson = json, ProvenOptimal = result.Search.ProvenOptimal, ComputedUtc = clock.GetUtcNow() };
        db.RoadmapResults.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request cached the same version meanwhile: the results are equal, either serves.
            db.ChangeTracker.Clear();
        }

        return Outcome<ScenarioRun>.Ok(new ScenarioRun(id, number, false, stored.ProvenOptimal, stored.ComputedUtc, json));
    }

    /// <summary>Two scenarios' current versions, run if not cached, year by year.</summary>
    public async Task<Outcome<ScenarioComparison>> CompareAsync(int a, int b, CancellationToken ct)
    {
        var runA = await RunAsync(a, null, ct);
        if (!runA.IsOk)
        {
            return runA.Refusal<ScenarioComparison>();
        }

        var runB = await RunAsync(b, null, ct);
        if (!runB.IsOk)
        {
            return runB.Refusal<ScenarioComparison>();
        }

        var nameA = await db.RoadmapScenarios.AsNoTracking().Where(s => s.Id == a).Select(s => s.Name).SingleAsync(ct);
        var nameB = await db.RoadmapScenarios.AsNoTracking().Where(s => s.Id == b).Select(s => s.Name).SingleAsync(ct);
        return Outcome<ScenarioComparison>.Ok(ScenarioComparer.Compare(runA.Value!, nameA, runB.Value!, nameB));
    }

    private (RoadmapScenario? Scenario, Outcome<ScenarioDetail>? Invalid) Validate(byte[] document)
    {
        if (document.Length > options.Value.MaxDocumentBytes)
        {
            return (null, Outcome<ScenarioDetail>.Invalid(new Dictionary<string, string[]> { ["$"] = [$"document is {document.Length} bytes; a saved scenario may have at most {options.Value.MaxDocumentBytes} bytes"] }, InvalidTitle));
        }

        var read = RoadmapScenarioReader.Read(document);
        return read.Success ? (read.Value, null) : (null, Outcome<ScenarioDetail>.Invalid(read.Errors, InvalidTitle));
    }

    private async Task<int?> LibraryForAsync(RoadmapOwner owner, int? libraryVersionId, CancellationToken ct)
    {
        var association = owner.Kind == ResourceKind.Association ? owner.Id
            : await db.Companies.AsNoTracking().Where(c => c.Id == owner.Id).Select(c => c.AssociationId).SingleAsync(ct);
        if (libraryVersionId is { } v)
        {
            return (await library.FindForAsync(v, association, ct))?.Id;
        }

        return (await library.LatestAsync(association, ct)).Id;
    }

    /// <summary>The scenario if the caller may read (or change) it; any refusal to read is 404.</summary>
    private async Task<(RoadmapScenarioEntity? Entity, Outcome<T>? Refused)> OpenAsync<T>(int id, bool edit, CancellationToken ct, bool tracked = false)
    {
        var entity = await (tracked ? db.RoadmapScenarios : db.RoadmapScenarios.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id && s.DeletedUtc == null, ct);
        if (entity is null)
        {
            return (null, Outcome<T>.NotFound());
        }

        var refused = await RoadmapAccess.RefuseAsync<T>(guard, RoadmapOwner.Of(entity.CompanyId, entity.AssociationId), edit, ct, hideRefusal: true);
        return (refused is null ? entity : null, refused);
    }

    private IQueryable<RoadmapScenarioEntity> Owned(RoadmapOwner owner) => owner.Kind == ResourceKind.Company
        ? db.RoadmapScenarios.AsNoTracking().Where(s => s.CompanyId == owner.Id)
        : db.RoadmapScenarios.AsNoTracking().Where(s => s.AssociationId == owner.Id);

    private RoadmapScenarioVersionEntity NewVersion(int number, byte[] document, int libraryVersionId, DateTimeOffset now) => new()
    {
        Number = number,
        DocumentJson = Encoding.UTF8.GetString(document),
        LibraryVersionId = libraryVersionId,
        CreatedUtc = now,
        CreatedBy = user.AsAuditActor().Name ?? user.AsAuditActor().Id,
    };

    private static string Name(RoadmapScenario s) => (s.Name ?? s.Id) is { Length: > 200 } long_ ? long_[..200] : s.Name ?? s.Id;

    private static Outcome<ScenarioDetail> Stale(int current) => Outcome<ScenarioDetail>.Conflict("The scenario was changed by someone else",
        $"It is at version {current} now; reload it and apply your change again.", new Dictionary<string, object?> { ["currentVersion"] = current });

    private static ScenarioDetail Detail(RoadmapScenarioEntity s, RoadmapScenarioVersionEntity v) =>
        new(s.Id, s.Name, s.CompanyId, s.AssociationId, v.Number, s.CurrentVersion, v.LibraryVersionId, v.CreatedUtc, v.CreatedBy,
            JsonDocument.Parse(v.DocumentJson).RootElement.Clone());
}
