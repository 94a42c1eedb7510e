using BenchmarkDotNet.Attributes;
using Calcine.Domain.Recp;

namespace Calcine.Benchmarks;

/// <summary>Issue 14 targets: appraisal of 200 options with a 20-candidate exact portfolio ≤ 1 s; a
/// 60-month 3-variable baseline ≤ 1 ms; MFCA of 50 centres ≤ 1 ms. Inputs are fixed-seed synthetic
/// studies built in the setup; the engines run inside the measurement.</summary>
[MemoryDiagnoser]
public class RecpBenchmarks
{
    private RecpOptionsStudy options = null!;
    private EnergyBaselineStudy baseline = null!;
    private MfcaModel mfca = null!;

    [GlobalSetup]
    public void Setup()
    {
        options = RecpBenchmarkStudies.Options(200, candidates: 20);
        baseline = RecpBenchmarkStudies.Baseline(60, 3);
        mfca = RecpBenchmarkStudies.Mfca(50);
        var appraised = options.Options.Select(o => OptionsAppraiser.AppraiseOne(options, o)).ToList();
        if (PortfolioSelector.Candidates(appraised, options.CapexBudget!.Value).Count != PortfolioSelector.MaxCandidates)
        {
            throw new InvalidOperationException("the synthetic study must have exactly 20 portfolio candidates");
        }
    }

    [Benchmark]
    public int Appraise200Options20Candidates() => OptionsAppraiser.Appraise(options).Portfolio!.Selected.Count;

    [Benchmark]
    public double Baseline60Months3Variables() => EnergyBaselineCalculator.Calculate(baseline).Value.Totals.Savings_kWh;

    [Benchmark]
    public double Mfca50Centres() => MfcaCalculator.Calculate(mfca).Value.Totals.MaterialLoss.Total;
}
