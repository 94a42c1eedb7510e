namespace Calcine.Web.Ingestion;

public static class IngestionStatusApi
{
    /// <summary>Counters for operators. Reveals no tenant data (no MN, no values), only totals.</summary>
    public static void MapIngestionStatus(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/ingestion/status", (IngestionCounters counters, IngestionQueue queue) => Results.Ok(counters.Snapshot(queue.Depth)));
}
