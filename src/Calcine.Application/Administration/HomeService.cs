using Calcine.Application.Access;
using Calcine.Domain.Verification;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Administration;

public sealed record HomePlant(int Id, string Code, string Name, string Company, string Jurisdiction, int? LatestYear, string? LatestStatus, int MonthsEntered);
public sealed record HomeDue(int PlantId, string PlantCode, int Year, IReadOnlyList<int> MissingMonths, int FindingsToAnswer);
public sealed record HomeEngagement(int PlantId, string PlantCode, int Year, string Status, int OpenFindings);
public sealed record HomeCoverage(int AssociationId, string Association, int Companies, int Plants, int Year, int PlantsWithData, int PlantsVerified);

/// <summary>What each role sees first: the roles held pick the sections; each section lists only
/// what the caller may read (<see cref="AccessGuard"/>).</summary>
public sealed record HomeView(IReadOnlySet<string> Roles, IReadOnlyList<HomePlant> Plants, IReadOnlyList<HomeDue> Due,
    IReadOnlyList<HomeEngagement> Engagements, IReadOnlyList<HomeCoverage> Coverage);

public sealed class HomeService(CalcineDbContext db, AccessGuard guard, TimeProvider clock)
{
    public async Task<HomeView> ViewAsync(CancellationToken ct)
    {
        var user = await guard.UserAsync(ct);
        var roles = user.Grants.Select(g => g.Role).ToHashSet(StringComparer.Ordinal);
        var visible = await guard.VisibleAsync(ResourceKind.Plant, ct);
        var editable = await guard.VisibleAsync(ResourceKind.Plant, ct, AccessAction.Edit);
        var plants = await db.Plants.AsNoTracking().Where(p => visible.Contains(p.Id)).OrderBy(p => p.Code)
            .Select(p => new { p.Id, p.Code, p.Name, Company = p.Company!.Name, p.Jurisdiction, p.Company.AssociationId }).ToListAsync(ct);
        var years = await db.PlantYears.AsNoTracking().Where(y => visible.Contains(y.PlantId))
            .Select(y => new { y.Id, y.PlantId, y.Year, y.Status, y.Source, Months = y.Months.Select(m => m.Month).ToList() }).ToListAsync(ct);
        var findings = await db.VerificationFindings.AsNoTracking().Where(f => visible.Contains(f.PlantYear!.PlantId) && f.Status == FindingStatus.Open)
            .Select(f => f.PlantYearId).ToListAsync(ct);

        var latest = years.GroupBy(y => y.PlantId).ToDictionary(g => g.Key, g => g.MaxBy(y => y.Year)!);
        var homePlants = plants.Select(p => latest.TryGetValue(p.Id, out var y)
            ? new HomePlant(p.Id, p.Code, p.Name, p.Company, p.Jurisdiction, y.Year, y.Status, y.Months.Count)
            : new HomePlant(p.Id, p.Code, p.Name, p.Company, p.Jurisdiction, null, null, 0)).ToList();

        // Months are due up to last month of an open year; findings are for the company to answer.
        var today = clock.GetUtcNow();
        var due = years.Where(y => editable.Contains(y.PlantId) && PlantYearStatusIsOpen(y.Status))
            .Where(y => y.Source == PlantYearSources.Months || findings.Contains(y.Id))
            .Select(y => new HomeDue(y.PlantId, plants.Single(p => p.Id == y.PlantId).Code, y.Year,
                [.. Enumerable.Range(1, y.Year < today.Year ? 12 : y.Year == today.Year ? today.Month - 1 : 0).Except(y.Months)],
                findings.Count(f => f == y.Id)))
            .Where(d => d.MissingMonths.Count > 0 || d.FindingsToAnswer > 0).OrderBy(d => d.PlantCode).ThenBy(d => d.Year).ToList();

        var engagements = new List<HomeEngagement>();
        if (roles.Contains(PlatformRoles.Verifier))
        {
            foreach (var y in years.Where(y => y.Status is ReportingYearStatus.Submitted or ReportingYearStatus.UnderVerification).OrderBy(y => y.Year))
            {
                if (await guard.DecideAsync(ResourceKind.Plant, y.PlantId, AccessAction.Verify, ct, y.Year) == AccessDecision.Allowed)
                {
                    engagements.Add(new(y.PlantId, plants.Single(p => p.Id == y.PlantId).Code, y.Year, y.Status, findings.Count(f => f == y.Id)));
                }
            }
        }

        var coverage = new List<HomeCoverage>();
        if (roles.Contains(PlatformRoles.AssociationAnalyst))
        {
            var year = today.Year - 1;
            foreach (var a in plants.GroupBy(p => p.AssociationId))
            {
                var name = await db.Associations.AsNoTracking().Where(x => x.Id == a.Key).Select(x => x.Name).SingleAsync(ct);
                var ofYear = years.Where(y => y.Year == year && a.Any(p => p.Id == y.PlantId)).ToList();
                coverage.Add(new(a.Key, name, a.Select(p => p.Company).Distinct().Count(), a.Count(), year,
                    ofYear.Count(y => y.Months.Count > 0), ofYear.Count(y => y.Status is ReportingYearStatus.Verified or ReportingYearStatus.Locked)));
            }
        }

        return new HomeView(roles, homePlants, due, engagements, coverage);
    }

    private static bool PlantYearStatusIsOpen(string status) => ReportingYearStatus.IsEditable(status);
}
