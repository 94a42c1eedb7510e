using Calcine.Domain.Benchmarking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Application.Benchmarks;

public static class BenchmarkServiceCollectionExtensions
{
    /// <summary>Benchmarks:MinimumContributors (at least 3, never lower: the policy refuses it and the
    /// host does not start), Benchmarks:MinimumForQuartiles (at least 5) and Benchmarks:WorldFiguresFile.</summary>
    public static IServiceCollection AddBenchmarks(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Benchmarks");
        services.AddSingleton(new BenchmarkPolicy(
            section.GetValue("MinimumContributors", BenchmarkPolicy.Floor),
            section.GetValue("MinimumForQuartiles", BenchmarkPolicy.QuartileFloor)));
        var file = section["WorldFiguresFile"];
        services.AddSingleton(WorldFigures.Load(string.IsNullOrEmpty(file) ? WorldFigures.DefaultPath : file));
        services.AddScoped<BenchmarkService>();
        return services;
    }
}
