using BenchmarkDotNet.Attributes;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;
using Calcine.TestKit;

namespace Calcine.Benchmarks;

/// <summary>Issue 2 target: GCCA for 10,000 plant-years, ≤ 20 µs and ≤ 10 kB allocated per
/// plant-year without trace. Each benchmark reports the cost of ONE plant-year
/// (OperationsPerInvoke), so the Mean and Allocated columns read per plant-year.</summary>
[MemoryDiagnoser]
public class Co2Benchmarks
{
    private const int PlantYears = 10_000;
    private PlantYear[] plantYears = [];

    [GlobalSetup]
    public void Setup() => plantYears = PlantYearGenerator.Generate(PlantYears);

    [Benchmark(Baseline = true, OperationsPerInvoke = PlantYears)]
    public decimal GccaWithoutTrace()
    {
        var sum = 0m;
        foreach (var py in plantYears)
        {
            sum += GccaCalculator.Calculate(py).GrossCo2;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = PlantYears)]
    public int GccaWithTrace()
    {
        var steps = 0;
        foreach (var py in plantYears)
        {
            var trace = new CalculationTrace();
            GccaCalculator.Calculate(py, trace);
            steps += trace.Steps.Count;
        }

        return steps;
    }

    [Benchmark(OperationsPerInvoke = PlantYears)]
    public decimal CbamWithoutTrace()
    {
        var sum = 0m;
        foreach (var py in plantYears)
        {
            sum += CbamCalculator.Calculate(py).Clinker!.See.Direct ?? 0m;
        }

        return sum;
    }
}
