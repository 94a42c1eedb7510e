using System.Text.Json.Nodes;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Accounting.Review;

/// <summary>GCCA A1 (raw meal input): the raw meal that left the kiln as dust is taken out of the
/// feed, so dust CO2 is counted once, by the dust factors, and never again as feed carbonate.</summary>
public class A1DustTests
{
    private const decimal RawMeal = 2_400_000m;
    private const decimal Loi = 0.35m;

    private static PlantYear A1(Action<JsonNode> editCalcination) => PlantYears.Example("gcca-integrated-plant", d =>
    {
        var c = d["calcination"]!;
        c["method"] = "A1";
        c["rawMeal"]!["consumed_t"] = RawMeal;
        editCalcination(c);
    });

    [Fact]
    public void A1_BypassDustOnly_ReleasesExactlyTheFeedCarbonate()
    {
        // Bypass dust is fully calcined: feed carbonate leaves as CO2 in the kiln or with the dust, not twice.
        var py = A1(c => c["ckd"]!["leaving_t"] = 0);

        var r = GccaCalculator.Calculate(py);

        Assert.Equal(RawMeal * Loi, Math.Round(r.Calcination.ClinkerCo2 + r.Calcination.BypassCo2, 10));
    }

    [Fact]
    public void A1_UncalcinedCkd_KeepsItsUnreleasedCarbonateOut()
    {
        // CKD with d = 0 leaves as raw meal: none of its carbonate is released.
        var py = A1(c =>
        {
            c["bypassDust_t"] = 0;
            c["ckd"] = new JsonObject { ["leaving_t"] = 20000, ["calcinationRate"] = 0 };
        });

        var r = GccaCalculator.Calculate(py);

        Assert.Equal((RawMeal - 20000m) * Loi, r.Calcination.ClinkerCo2);
        Assert.Equal(0m, r.Calcination.CkdCo2);
    }

    [Fact]
    public void A1_PartlyCalcinedDust_SubtractsRawMealEquivalents()
    {
        var r = GccaCalculator.Calculate(A1(_ => { }));

        var d = r.Calcination.CkdCalcinationRate!.Value;
        var rawMealEquivalent = 15000m / (1m - Loi) + 20000m / (1m - Loi * d);
        Assert.Equal(rawMealEquivalent, r.Calcination.DustRawMealEquivalent);
        Assert.Equal((RawMeal - rawMealEquivalent) * Loi, r.Calcination.ClinkerCo2);
    }

    [Fact]
    public void Reader_A1FeedSmallerThanDustLeaving_IsAnErrorAtConsumed()
    {
        var node = JsonNode.Parse(Examples.Read("gcca-integrated-plant.json"))!;
        node["calcination"]!["method"] = "A1";
        node["calcination"]!["rawMeal"]!["consumed_t"] = 30000;

        var result = PlantYearReader.Read(node.ToJsonString());

        Assert.Contains(result.Errors, e => e.Path == "$.calcination.rawMeal.consumed_t");
    }
}
