using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Application.Roadmaps.Association;

public static class AssociationRoadmapServiceCollectionExtensions
{
    /// <summary>The association road-map service (uses the benchmark's <see cref="Domain.Benchmarking.BenchmarkPolicy"/>) and its cache.</summary>
    public static IServiceCollection AddAssociationRoadmaps(this IServiceCollection services) =>
        services.AddSingleton<AssociationRoadmapCache>().AddScoped<AssociationRoadmapService>();
}
