using BenchmarkDotNet.Attributes;
using Calcine.Domain.Roadmaps;

namespace Calcine.Benchmarks;

/// <summary>Issue 12 target: the MACC of 50 plants × 12 levers in ≤ 5 ms, the model (BAU states of
/// all years, annuities) built inside the measurement.</summary>
[MemoryDiagnoser]
public class RoadmapMaccBenchmarks
{
    private RoadmapScenario scenario = null!;

    [GlobalSetup]
    public void Setup() => scenario = RoadmapBenchmarkScenarios.Create(50, 12, everyYearADecisionYear: false);

    [Benchmark]
    public int Macc50Plants12Levers() => MaccCalculator.Compute(new RoadmapModel(scenario), 2040).Plants.Sum(p => p.Curve.Count);
}
