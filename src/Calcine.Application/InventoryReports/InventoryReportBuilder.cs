using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Domain.Benchmarking;
using Calcine.Domain.Results;
using Calcine.Domain.Verification;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.InventoryReports;

/// <summary>Builds the inventory reports from the live data through the same steps as the inventory
/// endpoint (stored year → plant-year document → GCCA inputs check → engine), cached per data version.</summary>
public sealed class InventoryReportBuilder(CalcineDbContext db, PlantYearCache cache, AccessGuard guard)
{
    /// <summary>GCCA KPI id (as the inventory endpoint keys it) → the benchmark's ratio of the same KPI.</summary>
    private static readonly Dictionary<string, BenchmarkKpi> RatioOf = new(StringComparer.Ordinal)
    {
        ["grossCo2PerClinker_kg"] = BenchmarkKpi.GrossCo2PerClinker,
        ["grossCo2PerCementitious_kg"] = BenchmarkKpi.GrossCo2PerCementitious,
        ["netCo2PerCementitious_kg"] = BenchmarkKpi.NetCo2PerCementitious,
        ["specificHeat_MJ_per_tClinker"] = BenchmarkKpi.SpecificHeat,
        ["alternativeFuelRate"] = BenchmarkKpi.AlternativeFuelRate,
        ["biomassFuelRate"] = BenchmarkKpi.BiomassFuelRate,
        ["clinkerFactor"] = BenchmarkKpi.ClinkerFactor,
        ["electricity_kWh_per_tCement"] = BenchmarkKpi.ElectricityPerCement,
    };

    public async Task<PlantInventoryReport> PlantAsync(int plantId, int year, CancellationToken ct)
    {
        // The stamp is read before the data (see PlantYearCache); verification rows are read live below.
        var stamp = await PlantYearCache.StampAsync(db, plantId, year, ct);
        var report = await cache.GetOrComputeAsync(plantId, year, stamp, "inventory-report", () => ComputeAsync(plantId, year, ct), _ => 32 * 1024);
        return report with { Verification = await VerificationAsync(plantId, year, ct) };
    }

    /// <summary>The year's verification statement at its latest signed version, or a conflict
    /// while no verifier has signed the year off.</summary>
    public async Task<Outcome<VerificationStatement>> StatementAsync(int plantId, int year, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return ActivityRefusals.BadYear<VerificationStatement>();
        }

        return await VerificationStatement.LoadAsync(db, plantId, year, null, ct) is { } statement
            ? Outcome<VerificationStatement>.Ok(statement)
            : Outcome<VerificationStatement>.Conflict("No signed version",
                "The year has no signed version yet; a verification statement exists once a verifier has signed the year off.");
    }

    /// <summary>The company's plants the caller may read, and the company figures over those computed.</summary>
    public async Task<CompanyInventoryReport> CompanyAsync(int companyId, int year, CancellationToken ct)
    {
        var name = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => c.Name).SingleAsync(ct);
        var visible = await guard.VisibleAsync(ResourceKind.Plant, ct);
        var ids = await db.Plants.AsNoTracking().Where(p => p.CompanyId == companyId).OrderBy(p => p.Code).Select(p => p.Id).ToListAsync(ct);
        var plants = new List<PlantInventoryReport>();
        foreach (var id in ids.Where(visible.Contains))
        {
            plants.Add(await PlantAsync(id, year, ct));
        }

        return new CompanyInventoryReport(companyId, name, year, plants, Totals(plants));
    }

    /// <summary>Totals add up; each KPI is the plants' summed numerators over their summed denominators.</summary>
    public static IReadOnlyList<ReportFigure> Totals(IReadOnlyList<PlantInventoryReport> plants)
    {
        var computed = plants.Where(p => p.Completeness.Computed).ToList();
        var totals = GccaKpiCatalog.Totals.Select(k => new ReportFigure(k.Id, k.Name, k.Unit,
            computed.Count == 0 ? null : computed.Sum(p => p.Figures.Single(f => f.Id == k.Id).Value ?? 0m)));
        var kpis = GccaKpiCatalog.Kpis.Select(k =>
        {
            var ratios = computed.Select(p => p.Figures.Single(f => f.Id == k.Id).Ratio).OfType<KpiRatio>().ToList();
            var sum = ratios.Aggregate(new KpiRatio(0m, 0m), (a, b) => a + b);
            return new ReportFigure(k.Id, k.Name, k.Unit, sum.Value, ratios.Count == 0 ? null : sum);
        });
        return [.. totals, .. kpis];
    }

    private async Task<PlantInventoryReport> ComputeAsync(int plantId, int year, CancellationToken ct)
    {
        var plant = await db.Plants.AsNoTracking().Where(p => p.Id == plantId)
            .Select(p => new { p.Code, p.Name, p.CompanyId, Company = p.Company!.Name }).SingleAsync(ct);
        var entity = await PlantYearStore.FindAsync(db, plantId, year, ct);
        var source = entity?.Source ?? PlantYearSources.Months;
        var months = entity?.Months.Count ?? 0;
        var none = new ReportVerification(entity?.Status ?? PlantYearStatus.Draft, 0, null, null, null, null, null);
        PlantInventoryReport Report(ReportMethod? method, IReadOnlyList<ReportFigure> figures, IReadOnlyList<ReportFactor> factors, ReportCompleteness completeness) =>
            new(plantId, plant.Code, plant.Name, plant.CompanyId, plant.Company, year, method, figures, factors, completeness, none);

        var document = PlantYearReader.Read(await PlantYearStore.DocumentAsync(db, plantId, year, entity, ct));
        if (!document.Success)
        {
            return Report(null, [], [], new ReportCompleteness(source, months, false, Problems(document.Errors), 0));
        }

        var py = document.Value;
        var missing = Co2Report.CheckInputs(py, SignedSnapshotMethod);
        if (missing.Count > 0)
        {
            return Report(null, [], [], new ReportCompleteness(source, months, false, Problems(missing), 0));
        }

        var trace = new CalculationTrace();
        var result = GccaCalculator.Calculate(py, trace);
        var ratios = GccaKpiRatios.Of(py, result);
        var figures = GccaKpiCatalog.All.Select(k => new ReportFigure(k.Id, k.Name, k.Unit, k.Value(result),
            RatioOf.TryGetValue(k.Id, out var kpi) && ratios.TryGetValue(kpi, out var ratio) ? ratio : null)).ToList();
        var warnings = PlausibilityChecker.Check([py]).Count;
        return Report(MethodOf(py), figures, Factors(trace), new ReportCompleteness(source, months, true, [], warnings));
    }

    private const string SignedSnapshotMethod = "gcca";

    public static ReportMethod MethodOf(PlantYear py) => MethodOf(py.Calcination.Method);

    public static ReportMethod MethodOf(CalcinationMethod calcination) => new(
        Methodologies.Gcca.Name, Methodologies.Gcca.Version,
        calcination == CalcinationMethod.A1 ? "kiln-input-based (method A)" : "clinker-based (method B)",
        GccaJsonWriter.CalculationMethod(calcination), Methodologies.Gcca.Source);

    /// <summary>The factors of the calculation: trace inputs that are rates (a unit per unit) and not
    /// themselves computed, each once, with the source the trace names.</summary>
    private static List<ReportFactor> Factors(CalculationTrace trace) =>
        [.. trace.Steps.SelectMany(s => s.Inputs)
            .Where(i => i.Unit.Contains('/', StringComparison.Ordinal) && !i.Source.StartsWith("computed:", StringComparison.Ordinal))
            .Select(i => new ReportFactor(i.Name, i.Value, i.Unit, i.Source)).Distinct()];

    private static List<string> Problems(IReadOnlyList<ValidationError> errors) => [.. errors.Select(e => e.ToString())];

    private async Task<ReportVerification> VerificationAsync(int plantId, int year, CancellationToken ct)
    {
        var entity = await db.PlantYears.AsNoTracking().Where(y => y.PlantId == plantId && y.Year == year)
            .Select(y => new { y.Id, y.Status }).SingleOrDefaultAsync(ct);
        if (entity is null)
        {
            return new ReportVerification(PlantYearStatus.Draft, 0, null, null, null, null, null);
        }

        var open = await db.VerificationFindings.CountAsync(f => f.PlantYearId == entity.Id && f.Status != FindingStatus.Closed, ct);
        var signed = await db.PlantYearVersions.AsNoTracking().Where(v => v.PlantYearId == entity.Id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, Verifier = v.SignedByName ?? v.SignedById, v.SignedUtc, v.DocumentSha256, v.InventorySha256 }).FirstOrDefaultAsync(ct);
        return new ReportVerification(entity.Status, open, signed?.Number, signed?.Verifier, signed?.SignedUtc, signed?.DocumentSha256, signed?.InventorySha256);
    }
}
