using Calcine.Application.Benchmarks;
using Calcine.Application.Files;
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
        int? association, int? year, string? kpi, string? level, string? status, BenchmarkService service, CancellationToken ct) =>
        (await service.QueryAsync(association, year, kpi, level, status, ct)).ToHttp(report => TypedResults.Ok(BenchmarkDto.From(report)));

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CsvAsync(
        int? association, int? year, string? kpi, string? level, string? status, BenchmarkService service, CancellationToken ct) =>
        (await service.QueryAsync(association, year, kpi, level, status, ct))
            .ToHttp(report => TypedResults.File(BenchmarkCsv.Write(report), CsvFile.ContentType, "benchmarks.csv"));
}
