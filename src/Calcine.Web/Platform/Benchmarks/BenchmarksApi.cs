using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Benchmarks;
using Calcine.Application.Files;
using Calcine.Domain.Benchmarking;
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
            return new(null, PlantYearAnswers.Invalid(errors, "The benchmark query is invalid"), null);
        }

        var opening = await service.OpenAsync(new BenchmarkQuery(association, year, kpiInfo?.Kpi, parsedLevel!.Value, verifiedOnly!.Value), ct);
        if (opening.Problem is { } problem)
        {
            return new(null, PlantYearAnswers.Invalid([new("association", problem)], "The benchmark query is invalid"), null);
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
