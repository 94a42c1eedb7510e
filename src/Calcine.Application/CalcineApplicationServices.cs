using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Administration;
using Calcine.Application.ApiKeys;
using Calcine.Application.Benchmarks;
using Calcine.Application.Cems.Reports;
using Calcine.Application.Cems.Stacks;
using Calcine.Application.InventoryReports;
using Calcine.Application.Regulatory;
using Calcine.Application.Roadmaps;
using Calcine.Application.Roadmaps.Baselines;
using Calcine.Application.Roadmaps.Library;
using Calcine.Application.Roadmaps.Scenarios;
using Calcine.Application.Tenancy;
using Calcine.Application.Verification;
using Calcine.Storage;
using Calcine.Storage.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Calcine.Application;

public static class CalcineApplicationServices
{
    /// <summary>Everything a host needs to run the use cases: the audited DbContext, the access
    /// policy and guard, and the feature services. Each host says who acts
    /// (<typeparamref name="TCurrentUser"/>): the web its request's principal, the CLI and jobs the
    /// system. There is no default, so a host cannot run as the system by forgetting a line.</summary>
    public static IServiceCollection AddCalcineApplication<TCurrentUser>(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
        where TCurrentUser : class, ICurrentUser
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ICurrentUser, TCurrentUser>();

        // The audit interceptor of each scope's context reads that scope's actor and reason.
        services.AddScoped<AuditContext>();
        services.AddDbContext<CalcineDbContext>((sp, o) => CalcineDbContextFactory.Configure(
            o, storage, sp.GetRequiredService<AuditContext>(), sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IAccessPolicy, AccessPolicy>();
        services.AddScoped<TenantDirectory>();
        services.AddScoped<AccessGuard>();

        services.AddBenchmarks(configuration);
        services.Configure<CbamDefaultValues>(configuration.GetSection(CbamDefaultValues.Section));
        services.AddSingleton<PlantYearCache>();
        services.AddSingleton<StackPageCache>();
        services.AddScoped<KpiTrendService>();
        services.AddScoped<InventoryReportBuilder>();
        services.AddScoped<StackReports>();
        services.AddScoped<StackService>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<FindingsService>();
        services.AddScoped<VersionsService>();
        services.AddScoped<RegulatoryReports>();
        services.Configure<CbamExposureOptions>(configuration.GetSection(CbamExposureOptions.Section));
        services.Configure<RoadmapFuelPriceOptions>(configuration.GetSection(RoadmapFuelPriceOptions.Section));
        services.Configure<RoadmapRunOptions>(configuration.GetSection(RoadmapRunOptions.Section));
        services.AddScoped<LeverLibraryService>();
        services.AddScoped<BaselineService>();
        services.AddScoped<ScenarioService>();
        services.AddScoped<ScenarioComposeService>();
        services.AddAdministration();
        services.AddScoped<CompanyService>();
        services.AddScoped<PlantOverview>();
        services.AddScoped<MonthlyDataService>();
        services.AddScoped<PlantYearFiles>();
        services.AddScoped<InventoryService>();
        services.AddScoped<StackQueries>();
        services.AddScoped<ApiKeyService>();
        return services;
    }
}
