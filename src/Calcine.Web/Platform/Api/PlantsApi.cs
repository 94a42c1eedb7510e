using Calcine.Application.Access;
using Calcine.Application.Tenancy;
using Calcine.Storage;
using Calcine.Storage.Tenancy;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Platform.Api;

public static class PlantsApi
{
    public static readonly IReadOnlySet<string> KilnProcessTypes = new HashSet<string>(StringComparer.Ordinal)
    { "dry-precalciner", "dry-preheater", "dry-long", "semi-dry", "wet", "shaft" };

    /// <summary>Bounds of one plant's equipment; the largest cement plants have a handful of kilns and
    /// a few dozen mills. They also size the largest plant edit (one short transaction).</summary>
    public const int MaxKilns = 50;
    public const int MaxMills = 100;

    public static readonly IReadOnlySet<string> MillTypes = new HashSet<string>(StringComparer.Ordinal) { "raw", "coal", "cement" };

    public static void MapPlantsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants").RequireAuthorization().WithTags("Plants");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPut("/{id:int}", UpdateAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
    }

    public static async Task<Ok<List<PlantSummary>>> ListAsync(AccessGuard guard, CalcineDbContext db, CancellationToken ct)
    {
        var visible = await guard.VisibleAsync(ResourceKind.Plant, ct);
        var plants = await db.Plants.AsNoTracking().Where(p => visible.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new PlantSummary(p.Id, p.Code, p.Name, p.CompanyId, p.Jurisdiction)).ToListAsync(ct);
        return TypedResults.Ok(plants);
    }

    public static async Task<Results<Ok<PlantDetail>, NotFound>> GetAsync(int id, CalcineDbContext db, CancellationToken ct)
    {
        var plant = await LoadAsync(db.Plants.AsNoTracking(), id, ct);
        return plant is null ? TypedResults.NotFound() : TypedResults.Ok(ToDetail(plant));
    }

    /// <summary>Saves only if the plant is still at the version the editor read: the version is the
    /// concurrency token in the UPDATE's WHERE clause, so even two racing requests cannot both win.</summary>
    public static async Task<Results<Ok<PlantDetail>, NotFound, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, PlantUpdate update, CalcineDbContext db, CancellationToken ct)
    {
        var errors = Validate(update);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var plant = await LoadAsync(db.Plants, id, ct);
        if (plant is null)
        {
            return TypedResults.NotFound();
        }

        if (plant.Version != update.Version)
        {
            return Stale(plant.Version);
        }

        plant.Name = update.Name?.Trim() ?? plant.Name;
        if (update.Kilns is { } kilns)
        {
            Reconcile(db.Kilns, plant.Kilns, kilns, k => k.Name.Trim(), k => k.Name, (k, dto) => k.ProcessType = dto.ProcessType,
                dto => new KilnEntity { Name = dto.Name.Trim(), ProcessType = dto.ProcessType });
        }

        if (update.Mills is { } mills)
        {
            Reconcile(db.Mills, plant.Mills, mills, m => m.Name.Trim(), m => m.Name, (m, dto) => m.MillType = dto.MillType,
                dto => new MillEntity { Name = dto.Name.Trim(), MillType = dto.MillType });
        }

        // A PUT that changes nothing writes nothing: no version bump, no audit entry.
        if (!db.ChangeTracker.HasChanges())
        {
            return TypedResults.Ok(ToDetail(plant));
        }

        db.Entry(plant).Property(p => p.Version).OriginalValue = update.Version;
        plant.Version = update.Version + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Plants.AsNoTracking().Where(p => p.Id == id).Select(p => p.Version).SingleAsync(ct);
            return Stale(current);
        }

        return TypedResults.Ok(ToDetail(plant));
    }

    /// <summary>Updates a plant's kilns or mills by name, their key within the plant: a kept name is
    /// updated in place (only what changed reaches the audit log), a missing one deleted, a new one
    /// added. Never delete-and-recreate, which would log every child at every save.</summary>
    private static void Reconcile<TEntity, TDto>(Microsoft.EntityFrameworkCore.DbSet<TEntity> set, ICollection<TEntity> existing,
        IReadOnlyList<TDto> wanted, Func<TDto, string> wantedName, Func<TEntity, string> name, Action<TEntity, TDto> apply, Func<TDto, TEntity> create)
        where TEntity : class
    {
        var byName = existing.GroupBy(name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<TEntity>(g), StringComparer.Ordinal);
        var kept = new HashSet<TEntity>(ReferenceEqualityComparer.Instance);
        foreach (var dto in wanted)
        {
            if (byName.TryGetValue(wantedName(dto), out var matches) && matches.TryDequeue(out var entity))
            {
                apply(entity, dto);
                kept.Add(entity);
            }
            else
            {
                var added = create(dto);
                kept.Add(added);
                existing.Add(added);
            }
        }

        foreach (var gone in existing.Where(e => !kept.Contains(e)).ToList())
        {
            existing.Remove(gone);
            set.Remove(gone);
        }
    }

    private static ProblemHttpResult Stale(int current) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The plant was changed by someone else",
        detail: "Reload the plant and apply your change again.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    private static Dictionary<string, string[]> Validate(PlantUpdate update)
    {
        var errors = new Dictionary<string, string[]>();
        if (update.Name is { } name && (string.IsNullOrWhiteSpace(name) || name.Length > 200))
        {
            errors["name"] = ["a plant name has 1 to 200 characters"];
        }

        if (update.Kilns?.Count > MaxKilns)
        {
            errors["kilns"] = [$"at most {MaxKilns} kilns per plant"];
        }

        if (update.Mills?.Count > MaxMills)
        {
            errors["mills"] = [$"at most {MaxMills} mills per plant"];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        Duplicates(errors, "kilns", update.Kilns?.Select(k => k.Name?.Trim()));
        Duplicates(errors, "mills", update.Mills?.Select(m => m.Name?.Trim()));
        for (var i = 0; i < (update.Kilns?.Count ?? 0); i++)
        {
            var k = update.Kilns![i];
            if (string.IsNullOrWhiteSpace(k.Name) || k.Name.Length > 100 || !KilnProcessTypes.Contains(k.ProcessType ?? ""))
            {
                errors[$"kilns[{i}]"] = [$"a kiln needs a name (1 to 100 characters) and a process type: {string.Join(", ", KilnProcessTypes)}"];
            }
        }

        for (var i = 0; i < (update.Mills?.Count ?? 0); i++)
        {
            var m = update.Mills![i];
            if (string.IsNullOrWhiteSpace(m.Name) || m.Name.Length > 100 || !MillTypes.Contains(m.MillType ?? ""))
            {
                errors[$"mills[{i}]"] = [$"a mill needs a name (1 to 100 characters) and a type: {string.Join(", ", MillTypes)}"];
            }
        }

        return errors;
    }

    /// <summary>A name is the child's key within the plant, so it may appear once per body.</summary>
    private static void Duplicates(Dictionary<string, string[]> errors, string field, IEnumerable<string?>? names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var name in names ?? [])
        {
            if (name is not null && !seen.Add(name))
            {
                errors[$"{field}[{i}].name"] = [$"\"{name}\" appears twice: a name is the key of its {field[..^1]} within the plant"];
            }

            i++;
        }
    }

    private static Task<PlantEntity?> LoadAsync(IQueryable<PlantEntity> plants, int id, CancellationToken ct) =>
        plants.Include(p => p.Kilns).Include(p => p.Mills).Include(p => p.Stacks).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);

    private static PlantDetail ToDetail(PlantEntity p) => new(p.Id, p.Code, p.Name, p.CompanyId, p.Jurisdiction, p.Version,
        [.. p.Kilns.OrderBy(k => k.Name).Select(k => new KilnDto(k.Name, k.ProcessType))],
        [.. p.Mills.OrderBy(m => m.Name).Select(m => new MillDto(m.Name, m.MillType))],
        [.. p.Stacks.Select(s => s.Code).Order()]);
}
