using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Domain.Benchmarking;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Benchmarks;

/// <summary>Outcome of opening an association's benchmark: the report, or the access answer.</summary>
public sealed record BenchmarkOpening(AccessDecision Decision, BenchmarkReport? Report, string? Problem = null);

/// <summary>Builds the benchmark the API, the CSV export and the page all show, so they cannot
/// disagree on what is suppressed. Access is the policy's (through <see cref="AccessGuard"/>).</summary>
public sealed class BenchmarkService(CalcineDbContext db, AccessGuard guard, BenchmarkPolicy policy, WorldFigures world, PlantYearCache cache)
{
    public BenchmarkPolicy Policy => policy;

    private const string InvalidQuery = "The benchmark query is invalid";

    /// <summary>The benchmark for a query as the API words it (KPI id, level, status, year), or why not.</summary>
    public async Task<Outcome<BenchmarkReport>> QueryAsync(int? association, int? year, string? kpi, string? level, string? status, CancellationToken ct)
    {
        var errors = new List<Calcine.Domain.Results.ValidationError>();
        var kpiInfo = string.IsNullOrEmpty(kpi) ? null : BenchmarkKpis.Find(kpi);
        if (!string.IsNullOrEmpty(kpi) && kpiInfo is null)
        {
            errors.Add(new("kpi", $"unknown KPI; one of {string.Join(", ", BenchmarkKpis.All.Select(k => k.Id))}"));
        }

        var parsedLevel = BenchmarkNames.ParseLevel(level);
        if (parsedLevel is null)
        {
            errors.Add(new("level", "plant or company"));
        }

        var verifiedOnly = BenchmarkNames.ParseVerifiedOnly(status);
        if (verifiedOnly is null)
        {
            errors.Add(new("status", "all or verified"));
        }

        if (year is { } y && !PlantYearStore.ValidYear(y))
        {
            errors.Add(new("year", $"between {PlantYearStore.MinYear} and {PlantYearStore.MaxYear}"));
        }

        if (errors.Count > 0)
        {
            return Outcome<BenchmarkReport>.Invalid(errors, InvalidQuery);
        }

        var opening = await OpenAsync(new BenchmarkQuery(association, year, kpiInfo?.Kpi, parsedLevel!.Value, verifiedOnly!.Value), ct);
        if (opening.Problem is { } problem)
        {
            return Outcome<BenchmarkReport>.Invalid([new Calcine.Domain.Results.ValidationError("association", problem)], InvalidQuery);
        }

        return opening.Decision switch
        {
            AccessDecision.Allowed => Outcome<BenchmarkReport>.Ok(opening.Report!),
            AccessDecision.Forbidden => Outcome<BenchmarkReport>.Forbidden("Your roles do not allow benchmarking in this association."),
            _ => Outcome<BenchmarkReport>.NotFound(),
        };
    }

    public async Task<BenchmarkOpening> OpenAsync(BenchmarkQuery query, CancellationToken ct)
    {
        var (decision, associationId, problem) = await ResolveAsync(query.AssociationId, ct);
        if (decision != AccessDecision.Allowed || associationId is not { } id)
        {
            return new(decision, null, problem);
        }

        var name = await db.Associations.AsNoTracking().Where(a => a.Id == id).Select(a => a.Name).SingleAsync(ct);
        var plants = await BenchmarkMembers.PlantsAsync(db, id, ct);
        var years = await BenchmarkMembers.YearsAsync(db, id, ct);
        var shownYears = query.Year is { } y ? [y] : years;
        var ownPlants = await guard.VisibleAsync(ResourceKind.Plant, ct, AccessAction.BenchmarkPosition);
        var ownCompanies = await guard.VisibleAsync(ResourceKind.Company, ct, AccessAction.BenchmarkPosition);
        var kpis = query.Kpi is { } k ? [BenchmarkKpis.Info(k)] : BenchmarkKpis.All;

        var byYear = new Dictionary<int, List<PlantKpis>>();
        foreach (var year in shownYears)
        {
            byYear[year] = await BenchmarkMembers.KpisAsync(db, cache, plants, year, ct);
        }

        var result = kpis.Select(info => new KpiBenchmark(info,
            [.. shownYears.Select(year => Year(byYear[year], info.Kpi, year, query, plants, ownPlants, ownCompanies))],
            world.For(info.Kpi))).ToList();
        return new(AccessDecision.Allowed, new BenchmarkReport(id, name, query, policy, years, result));
    }

    private YearDistribution Year(List<PlantKpis> members, BenchmarkKpi kpi, int year, BenchmarkQuery query,
        List<MemberPlant> plants, IReadOnlySet<int> ownPlants, IReadOnlySet<int> ownCompanies)
    {
        // The caller's companies leave the set before anything is computed for it (docs/methods/benchmarking.md).
        var viewerCompanies = plants.Where(p => ownPlants.Contains(p.Id) || ownCompanies.Contains(p.CompanyId)).Select(p => p.CompanyId).ToHashSet();
        var distribution = LinkedViews.Describe(members, kpi, query.Level, query.VerifiedOnly, policy, viewerCompanies);
        if (!distribution.IsShown)
        {
            return new(year, distribution, []);
        }

        // The caller's own members, valued as the level and status filter value them, placed against the others.
        var counted = query.VerifiedOnly ? members.Where(m => m.Verified).ToList() : members;
        var values = BenchmarkSet.Values(counted, kpi, query.Level);
        var (kind, mine) = query.Level == BenchmarkLevel.Plant ? (ResourceKind.Plant, ownPlants) : (ResourceKind.Company, ownCompanies);
        return new(year, distribution, [.. values.Where(v => mine.Contains(v.ContributorId))
            .Select(v => new OwnPosition(kind, v.ContributorId, Name(v.ContributorId), v.Value, Position.Of(v.Value, distribution)!.Value))
            .OrderBy(o => o.Name, StringComparer.Ordinal)]);

        string Name(int id) => kind == ResourceKind.Plant
            ? plants.Where(p => p.Id == id).Select(p => $"{p.Code} {p.Name}").First()
            : plants.First(p => p.CompanyId == id).CompanyName;
    }

    /// <summary>The associations the caller may benchmark, by id, with their names: the page opens the
    /// first and offers the others, where the API asks the caller to pick one.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ChoicesAsync(CancellationToken ct)
    {
        var allowed = await guard.VisibleAsync(ResourceKind.Association, ct, AccessAction.Benchmark);
        var rows = await db.Associations.AsNoTracking().Where(a => allowed.Contains(a.Id)).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return [.. rows.Select(a => (a.Id, a.Name))];
    }

    /// <summary>The association asked for, or the one the caller may benchmark when there is exactly one.</summary>
    private async Task<(AccessDecision, int?, string?)> ResolveAsync(int? associationId, CancellationToken ct)
    {
        if (associationId is { } id)
        {
            return (await guard.DecideAsync(ResourceKind.Association, id, AccessAction.Benchmark, ct), id, null);
        }

        var allowed = await guard.VisibleAsync(ResourceKind.Association, ct, AccessAction.Benchmark);
        if (allowed.Count == 1)
        {
            return (AccessDecision.Allowed, allowed.Single(), null);
        }

        if (allowed.Count > 1)
        {
            return (AccessDecision.Allowed, null, $"several associations; pick one with association= ({string.Join(", ", allowed.Order())})");
        }

        // Nothing to benchmark: forbidden if the caller sees an association at all, else as if none existed.
        var seen = await guard.VisibleAsync(ResourceKind.Association, ct);
        return (seen.Count > 0 ? AccessDecision.Forbidden : AccessDecision.NotVisible, null, null);
    }
}
