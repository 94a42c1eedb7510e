using Calcine.Application.Roadmaps;
using Calcine.Domain.Roadmaps;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>The contract's three public examples reproduce to a relative 1e-9 with either optimiser,
/// and the worked example's hand-computed figures come out of the engine.</summary>
public class RoadmapExampleTests
{
    public static TheoryData<string, PathwayMethod> Cases()
    {
        var data = new TheoryData<string, PathwayMethod>();
        foreach (var name in new[] { "roadmap-ecra-reference-kiln", "roadmap-two-plants-cap", "roadmap-infeasible-exclusive-blends" })
        {
            data.Add(name, PathwayMethod.Exhaustive);
            data.Add(name, PathwayMethod.CpSat);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_PublicExample_ReproducesTheExpectedResult(string name, PathwayMethod method)
    {
        var scenario = RoadmapScenarioReader.Read(Examples.Read($"{name}.json")).Value;

        var result = RoadmapRunner.Run(scenario, method);

        using var output = new MemoryStream();
        RoadmapResultWriter.Write(output, result);
        var differences = JsonExpectation.Compare(Examples.Read($"{name}.expected.json"), System.Text.Encoding.UTF8.GetString(output.ToArray()));
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
        Assert.True(result.Search.ProvenOptimal);
    }

    [Fact]
    public void Model_EcraKiln_GivesTheWorkedExamplesHandFigures()
    {
        var model = new RoadmapModel(RoadmapScenarioReader.Read(Examples.Read("roadmap-ecra-reference-kiln.json")).Value);
        var te10 = model.LeverIndex["TE10"];

        var (abatement, cost) = MaccCalculator.Alone(model, 0, 2030, te10);

        Assert.Equal(0.0936787791, model.CapitalRecoveryFactor(te10), 1e-10);
        Assert.Equal(0.45 + ((0.35 - 0.45) / 6), model.Years[0].GridEf, 1e-15);
        Assert.Equal(0.6805831970, model.Years[model.YearIndex(2030)].DiscountFactor, 1e-10);
        Assert.Equal(58_563.74, abatement, 0.01);
        Assert.Equal(27.71, cost / abatement, 0.005);
        Assert.Equal(1_754_600.928, model.Row(0, model.YearIndex(2030), 0).Co2_tCO2, 1e-6);
    }

    [Fact]
    public void YearPath_BeforeBetweenAndAfterKeys_FollowsTheContract()
    {
        var path = new YearPath([new(2029, 15.0), new(2030, 45.0), new(2040, 145.0)]);

        Assert.Equal(15.0, path.At(2000));
        Assert.Equal(45.0, path.At(2030));
        Assert.Equal(95.0, path.At(2035), 1e-12);
        Assert.Equal(145.0, path.At(2050));
    }
}
