using System.Text;
using BenchmarkDotNet.Attributes;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.TestKit;

namespace Calcine.Benchmarks;

/// <summary>The whole CLI path for one document: strict read, GCCA, plausibility and JSON output.</summary>
[MemoryDiagnoser]
public class Co2DocumentBenchmarks
{
    private byte[] document = [];

    [GlobalSetup]
    public void Setup() => document = Encoding.UTF8.GetBytes(Examples.Read("gcca-integrated-plant.json"));

    [Benchmark]
    public int ReadDocument() => PlantYearReader.Read(document).Value.Fuels.Count;

    [Benchmark]
    public long ReadCalculateAndWrite()
    {
        var py = PlantYearReader.Read(document).Value;
        using var output = new MemoryStream();
        Co2Report.Write(output, py, "gcca", withTrace: false);
        return output.Length;
    }
}
