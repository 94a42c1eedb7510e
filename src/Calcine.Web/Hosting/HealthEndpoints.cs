using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json;
using Calcine.Storage;
using Calcine.Web.Ingestion;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Calcine.Web.Hosting;

/// <summary>Liveness (/health/live: the process answers) and readiness (/health/ready, and /health for
/// earlier callers: the database answers a query and the HJ 212 listener accepts connections when
/// enabled), 503 when not ready. Anonymous: they name no tenant data.</summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    /// <summary>Each check gives up after this long, so a hung database reads as not ready quickly.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddCalcineHealth(this IServiceCollection services, IngestionOptions ingestion)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready], timeout: CheckTimeout);
        if (ingestion.Enabled)
        {
            checks.AddCheck("hj212-listener", new Hj212ListenerHealthCheck(ingestion.Port), tags: [Ready], timeout: CheckTimeout);
        }

        return services;
    }

    public static void MapCalcineHealth(this WebApplication app)
    {
        var ready = new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).WithMetadata(new HttpMethodMetadata(["GET"]));
        app.MapHealthChecks("/health/ready", ready).WithMetadata(new HttpMethodMetadata(["GET"]));
        app.MapHealthChecks("/health", ready).WithMetadata(new HttpMethodMetadata(["GET"]));
    }

    /// <summary>{"status":"ok"} as /health always answered, or "unavailable", with each check's state.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status == HealthStatus.Unhealthy ? "unavailable" : "ok",
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), detail = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    /// <summary>A real round trip (SELECT 1): opening a pooled connection alone does not reach the server.</summary>
    private sealed class DatabaseHealthCheck(CalcineDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
                return HealthCheckResult.Healthy("the database answers");
            }
            catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"the database does not answer: {ex.GetType().Name}");
            }
        }
    }

    /// <summary>Connects to the listener over loopback and hangs up at once, as a load balancer's TCP check does.</summary>
    private sealed class Hj212ListenerHealthCheck(int port) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port, cancellationToken);
                return HealthCheckResult.Healthy($"accepting on port {port}");
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy($"not accepting on port {port}: {ex.GetType().Name}");
            }
        }
    }
}
