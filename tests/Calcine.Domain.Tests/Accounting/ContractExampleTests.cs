using System.Text;
using Calcine.Application.Co2;
using Calcine.Application.Co2.Document;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Accounting;

/// <summary>The worked examples of spec/examples reproduce their expected results to 1e-9.</summary>
public class ContractExampleTests
{
    public static TheoryData<string> ExampleNames() => [.. Examples.PlantYearNames()];

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_DefaultMethod_MatchesExpectedToRelative1e9(string name)
    {
        var py = PlantYearReader.Read(Examples.Read(name + ".json"));
        Assert.True(py.Success, string.Join("\n", py.Errors));

        using var output = new MemoryStream();
        Co2Report.Write(output, py.Value, "gcca", withTrace: false);

        var differences = JsonExpectation.Compare(Examples.Read(name + ".expected.json"), Encoding.UTF8.GetString(output.ToArray()));
        Assert.Empty(differences);
    }

    [Fact]
    public void Examples_AreAllFound()
    {
        Assert.Contains("gcca-integrated-plant", Examples.PlantYearNames());
        Assert.Contains("cbam-kiln-and-mill", Examples.PlantYearNames());
    }
}
