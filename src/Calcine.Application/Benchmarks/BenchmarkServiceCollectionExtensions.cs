using Calcine.Domain.Benchmarking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Application.Benchmarks;

public static class BenchmarkServiceCollectionExtensions
{
    /// <summary>The disclosure rule's parameters under Benchmarks: (MinimumContributors, MinimumCompanies,
    /// MinimumForQuartiles, Window, DominancePercent, Closeness; never below their floors: the policy
    /// refuses it and the host does not start) and Benchmarks:WorldFiguresFile.</summary>
    public static IServiceCollection AddBenchmarks(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Benchmarks");
        services.AddSingleton(new BenchmarkPolicy(
            section.GetValue("MinimumContributors", BenchmarkPolicy.Floor),
            section.GetValue("MinimumForQuartiles", BenchmarkPolicy.QuartileFloor),
            section.GetValue("MinimumCompanies", BenchmarkPolicy.Floor),
            section.GetValue("Window", BenchmarkPolicy.WindowFloor),
            section.GetValue("DominancePercent", BenchmarkPolicy.DefaultDominancePercent),
            section.GetValue("Closeness", BenchmarkPolicy.DefaultCloseness)));
        var file = section["WorldFiguresFile"];
        services.AddSingleton(WorldFigures.Load(string.IsNullOrEmpty(file) ? WorldFigures.DefaultPath : file));
        services.AddScoped<BenchmarkService>();
        return services;
    }
}
