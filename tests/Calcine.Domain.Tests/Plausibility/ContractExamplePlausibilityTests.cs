using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Plausibility;

/// <summary>The contract's worked examples are ordinary, plausible plants: they raise no warning.</summary>
public class ContractExamplePlausibilityTests
{
    private static PlantYear Read(string name)
    {
        var result = PlantYearReader.Read(Examples.Read(name + ".json"));
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Value;
    }

    [Theory]
    [InlineData("gcca-integrated-plant")]
    [InlineData("cbam-kiln-and-mill")]
    public void Example_Alone_HasNoWarnings(string name) => Assert.Empty(PlausibilityChecker.Check([Read(name)]));

    [Fact]
    public void Examples_Together_OnlyWarnThatTheyAreDifferentPlants()
    {
        var warnings = PlausibilityChecker.Check([Read("gcca-integrated-plant"), Read("cbam-kiln-and-mill")]);

        Assert.Equal([("PY030", "$.plant.id", 2m)], warnings.Select(w => (w.Id, w.Path, w.Value)));
    }

    [Fact]
    public void Example_ReadFromJsonWithAnImplausibleCoal_WarnsAtTheDocumentPath()
    {
        var json = Examples.Read("cbam-kiln-and-mill.json").Replace("\"lhv_GJ_per_t\": 25.0", "\"lhv_GJ_per_t\": 60", StringComparison.Ordinal);
        var py = PlantYearReader.Read(json);
        Assert.True(py.Success, string.Join("\n", py.Errors));

        var lhv = Assert.Single(PlausibilityChecker.Check([py.Value]), w => w.Id == "PY006");

        Assert.Equal("$.fuels[0].lhv_GJ_per_t", lhv.Path);
        Assert.Equal(60m, lhv.Value);
    }
}
