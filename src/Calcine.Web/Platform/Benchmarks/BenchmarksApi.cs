using Calcine.Application.Files;
using Calcine.Domain.Benchmarking;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Benchmarks;

/// <summary>An association's KPI benchmark as JSON and CSV. Both come from <see cref="BenchmarkService"/>:
/// a suppressed distribution carries no figure at all, not even its count.</summary>
public static class BenchmarksApi
{
    public static void MapBenchmarksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").RequireAuthorization().WithTags("Benchmarks");
        group.MapGet("/benchmarks", GetAsync);
        group.MapGet("/benchmarks.csv", CsvAsync);
    }

    public static async Task<Results<Ok<BenchmarkDto>, ValidationProblem, ProblemHttpResult>> GetAsync(
        int? association, int? year, string? kpi, string? level, string? status, BenchmarkService service, CancellationToken ct)
    {
        var opened = await OpenAsync(association, year, kpi, level, status, service, ct);
        return opened.Result switch
        {
            { } report => TypedResults.Ok(BenchmarkDto.From(report)),
            null when opened.Invalid is { } invalid => invalid,
            _ => opened.Denied!,
        };
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CsvAsync(
        int? association, int? year, string? kpi, string? level, string? status, BenchmarkService service, CancellationToken ct)
    {
        var opened = await OpenAsync(association, year, kpi, level, status, service, ct);
        return opened.Result switch
        {
            { } report => TypedResults.File(BenchmarkCsv.Write(report), CsvFile.ContentType, "benchmarks.csv"),
            null when opened.Invalid is { } invalid => invalid,
            _ => opened.Denied!,
        };
    }

    private sealed record Opened(BenchmarkReport? Result, ValidationProblem? Invalid, ProblemHttpResult? Denied);

    private static async Task<Opened> OpenAsync(int? association, int? year, string? kpi, string? level, string? status, BenchmarkService service, CancellationToken ct)
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
            return new(null, PlantYearStore.Invalid(errors, "The benchmark query is invalid"), null);
        }

        var opening = await service.OpenAsync(new BenchmarkQuery(association, year, kpiInfo?.Kpi, parsedLevel!.Value, verifiedOnly!.Value), ct);
        if (opening.Problem is { } problem)
        {
            return new(null, PlantYearStore.Invalid([new("association", problem)], "The benchmark query is invalid"), null);
        }

        return opening.Decision switch
        {
            AccessDecision.Allowed => new(opening.Report, null, null),
            AccessDecision.Forbidden => new(null, null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Your roles do not allow benchmarking in this association.")),
            _ => new(null, null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found")),
        };
    }
}

/// <summary>The CSV export: one row per KPI and year (the distribution), then one per own plant or
/// company (its band). Invariant culture, unrounded figures, written by <see cref="CsvFile"/>.</summary>
public static class BenchmarkCsv
{
    public static readonly string[] Columns =
        ["association_id", "level", "status", "kpi", "unit", "year", "row", "shape", "count", "mean", "q1", "median", "q3", "member", "value", "band"];

    public static byte[] Write(BenchmarkReport report) => CsvFile.Write(Columns, Rows(report));

    public static IEnumerable<object?[]> Rows(BenchmarkReport report)
    {
        var level = BenchmarkNames.Level(report.Query.Level);
        var status = report.Query.VerifiedOnly ? "verified" : "all";
        foreach (var kpi in report.Kpis)
        {
            foreach (var y in kpi.Years)
            {
                var d = y.Distribution;
                yield return [report.AssociationId, level, status, kpi.Kpi.Id, kpi.Kpi.Unit, y.Year, "distribution", BenchmarkNames.Shape(d.Shape),
                    d.Count, d.Mean, d.Q1, d.Median, d.Q3, null, null, null];
                foreach (var own in y.Own)
                {
                    yield return [report.AssociationId, level, status, kpi.Kpi.Id, kpi.Kpi.Unit, y.Year, "own-position", BenchmarkNames.Shape(d.Shape),
                        null, null, null, null, null, own.Name, own.Value, BenchmarkNames.Band(own.Band)];
                }
            }
        }
    }
}
