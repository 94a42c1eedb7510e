using System.Text.Json.Serialization;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>A year on the trend. The totals and <c>kpi</c> carry the keys and unrounded values of
/// the inventory endpoint's GCCA answer; <c>errors</c> says why a year has none.</summary>
public sealed record KpiTrendYearDto(
    int Year,
    string YearStatus,
    string Source,
    int Version,
    string Inventory,
    [property: JsonPropertyName("grossCo2_t")] decimal? GrossCo2,
    [property: JsonPropertyName("netCo2_t")] decimal? NetCo2,
    IReadOnlyDictionary<string, decimal?>? Kpi,
    IReadOnlyList<KpiTrendError> Errors);

public sealed record KpiTrendError(string Path, string Message);

public sealed record KpiTrendDto(int PlantId, string PlantCode, string PlantName, IReadOnlyList<KpiTrendYearDto> Years);

/// <summary>The KPI dashboard's data: one plant's GCCA figures across its years, or every plant
/// the caller may read.</summary>
public static class KpiTrendApi
{
    public static void MapKpiTrendApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").RequireAuthorization().WithTags("KPI trend");
        group.MapGet("/plants/{id:int}/kpi-trend", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapGet("/kpi-trend", ListAsync);
    }

    public static async Task<Results<Ok<KpiTrendDto>, NotFound>> GetAsync(int id, KpiTrendService trends, CancellationToken ct) =>
        await trends.LoadAsync(id, ct) is { } trend ? TypedResults.Ok(ToDto(trend)) : TypedResults.NotFound();

    public static async Task<Ok<List<KpiTrendDto>>> ListAsync(KpiTrendService trends, CancellationToken ct) =>
        TypedResults.Ok((await trends.LoadVisibleAsync(ct)).Select(ToDto).ToList());

    private static KpiTrendDto ToDto(PlantKpiTrend t) => new(t.PlantId, t.PlantCode, t.PlantName, [.. t.Years.Select(y => new KpiTrendYearDto(
        y.Year, y.YearStatus, y.Source, y.Version, y.InventoryUrl(t.PlantId),
        y.Gcca?.GrossCo2, y.Gcca?.NetCo2,
        y.Gcca is { } g ? GccaKpiCatalog.Kpis.ToDictionary(k => k.Id, k => k.Value(g), StringComparer.Ordinal) : null,
        [.. y.Errors.Select(e => new KpiTrendError(e.Path, e.Message))]))]);
}
