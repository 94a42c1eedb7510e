using BenchmarkDotNet.Attributes;
using Calcine.Application.Cems;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Eu;
using Calcine.Domain.Cems.Limits;

namespace Calcine.Benchmarks;

/// <summary>Issue target: evaluating one stack-year of minute data (525,600 rows) well under 1 s.
/// <see cref="UleEvaluate"/> is the Domain alone (minutes to hours, months, events);
/// <see cref="ParseAndUleEvaluate"/> adds reading the CSV from memory, as <c>cems evaluate</c> does.
/// Run: dotnet run -c Release --project tests/Calcine.Benchmarks -- --filter '*CemsEvaluate*' --job short</summary>
[MemoryDiagnoser]
public class CemsEvaluateBenchmarks
{
    private MinuteSeries series = null!;
    private byte[] csv = [];

    [GlobalSetup]
    public void Setup()
    {
        var year = new SyntheticKilnYear();
        series = year.ToSeries();
        csv = year.ToCsv();
    }

    [Benchmark(Baseline = true)]
    public int UleEvaluate() =>
        UleEvaluator.Evaluate(series, UleRules.For(LimitCatalog.CnUle2024Kiln), LimitCatalog.Gb4915KilnTail).Value.Months.Count;

    [Benchmark]
    public int EuIedEvaluate() =>
        EuIedEvaluator.Evaluate(series, EuIedRules.CementKilnCoIncineration).Value.Days.Count;

    [Benchmark]
    public int ParseAndUleEvaluate()
    {
        using var stream = new MemoryStream(csv, writable: false);
        return CemsEvaluation.Run(stream, "cn-ule-2024-kiln", null).Value.Ule!.Months.Count;
    }
}
