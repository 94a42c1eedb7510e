using Calcine.Application.Cems.Processing;

namespace Calcine.Web.Processing;

public static class ProcessingServiceCollectionExtensions
{
    public static IServiceCollection AddCemsProcessing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ProcessingOptions>(configuration.GetSection(ProcessingOptions.Section));
        services.AddSingleton<ProcessingStatus>();
        if (configuration.GetSection(ProcessingOptions.Section).GetValue("Enabled", true))
        {
            services.AddHostedService<CemsProcessingService>();
        }

        return services;
    }

    public static void MapProcessingStatus(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/processing/status", (ProcessingStatus status) => Results.Ok(status.Snapshot()));
}
