using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Application.Administration;

public static class AdministrationServices
{
    /// <summary>The administration use cases. Users need Identity's UserManager, which the web host registers.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services) => services
        .AddScoped<TenancyAdministration>()
        .AddScoped<StackAdministration>()
        .AddScoped<UserAdministration>()
        .AddScoped<SelfService>()
        .AddScoped<ReportingYears>()
        .AddScoped<HomeService>()
        .AddScoped<AdministrationOverview>();
}
