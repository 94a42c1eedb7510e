using System.Text;
using Calcine.Application.Recp;
using Calcine.Domain.Recp;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Recp;

/// <summary>The contract's three public examples reproduce to a relative 1e-9, and the worked examples'
/// hand-computed figures come out of the engines.</summary>
public class RecpExampleTests
{
    [Fact]
    public void Appraise_FoundryExample_ReproducesTheExpectedResult()
    {
        var study = RecpOptionsReader.Read(Examples.Read("recp-foundry-options.json")).Value;

        AssertExpected("recp-foundry-options", s => RecpOptionsResultWriter.Write(s, OptionsAppraiser.Appraise(study)));
    }

    [Fact]
    public void Mfca_DairyExample_ReproducesTheExpectedResult()
    {
        var result = RecpMfcaReader.ReadAndCalculate(Encoding.UTF8.GetBytes(Examples.Read("recp-dairy-mfca.json"))).Value;

        AssertExpected("recp-dairy-mfca", s => RecpMfcaResultWriter.Write(s, result));
    }

    [Fact]
    public void Baseline_TextileExample_ReproducesTheExpectedResult()
    {
        var result = RecpBaselineReader.ReadAndCalculate(Encoding.UTF8.GetBytes(Examples.Read("recp-textile-baseline.json"))).Value;

        AssertExpected("recp-textile-baseline", s => RecpBaselineResultWriter.Write(s, result));
    }

    [Fact]
    public void Appraise_WorkedExampleEm03_GivesTheHandFigures()
    {
        var study = RecpOptionsReader.Read(Examples.Read("recp-foundry-options.json")).Value;

        var em03 = OptionsAppraiser.Appraise(study).Options.Single(o => o.Option.Id == "EM-03");

        Assert.Equal(14_000, em03.AnnualNetSaving, 1e-9);
        Assert.Equal(38_000.0 / 14_000, em03.SimplePayback_years!.Value, 1e-12);
        Assert.Equal(3 + (4_374.36 / 8_897.25), em03.DiscountedPayback_years!.Value, 1e-5);
        Assert.Equal(41_747.07, em03.Npv, 0.005);
        Assert.Equal(0.35116652456, em03.Irr!.Value, 1e-10);
        Assert.Equal(134.64, em03.Co2Avoided_t_per_year, 1e-9);
        Assert.Equal(-54.88, em03.CostPerTco2Avoided!.Value, 0.005);
        Assert.Equal(-em03.Npv * CashFlows.CapitalRecoveryFactor(0.12, 10) / 134.64, em03.CostPerTco2Avoided.Value, 1e-9);
    }

    [Fact]
    public void Appraise_FoundryExample_GivesEachIrrReasonAndLeavesOutEm03()
    {
        var result = OptionsAppraiser.Appraise(RecpOptionsReader.Read(Examples.Read("recp-foundry-options.json")).Value);
        string? Note(string id) => result.Options.Single(o => o.Option.Id == id).IrrNote;

        Assert.Equal("out-of-range", Note("GH-01"));
        Assert.Equal("no-sign-change", Note("IM-05"));
        Assert.Equal("multiple-sign-changes", Note("TC-06"));
        Assert.Equal(["GH-01", "PC-02", "RR-04", "TC-06"], result.Portfolio!.Selected);
        Assert.Equal(["RR-04", "TC-06", "PC-02", "EM-03", "GH-01", "IM-05"], result.Ranking);
    }

    [Fact]
    public void Mfca_TwoCentreWorkedExample_GivesTheHandFigures()
    {
        const string json = """
            {"format":"recp-mfca/1","enterprise":{"id":"worked-example"},"currency":"AZN","centres":[
             {"id":"cutting","inputs":[{"name":"steel sheet","kg":1000,"cost":2000}],"energyCost":300,"systemCost":700,
              "products":[{"to":"coating","kg":800}],"losses":[{"name":"offcuts","kg":200,"wasteManagementCost":50}]},
             {"id":"coating","inputs":[{"name":"powder paint","kg":50,"cost":500}],"energyCost":200,"systemCost":400,
              "products":[{"to":null,"kg":820}],"losses":[{"name":"overspray","kg":30,"wasteManagementCost":90}]}]}
            """;

        var r = RecpMfcaReader.ReadAndCalculate(Encoding.UTF8.GetBytes(json)).Value;

        Assert.Equal(2_400, r.Centres[0].PositiveProduct.Total, 1e-9);
        Assert.Equal(650, r.Centres[0].MaterialLoss.Total, 1e-9);
        Assert.Equal(850, r.Centres[1].Input_kg, 1e-12);
        Assert.Equal(3_376.47, r.Centres[1].PositiveProduct.Total, 0.005);
        Assert.Equal(213.53, r.Centres[1].MaterialLoss.Total, 0.005);
        Assert.Equal(4_240, r.Totals.InputCost.Total, 1e-9);
        Assert.Equal(863.53, r.Totals.MaterialLoss.Total, 0.005);
        Assert.Equal(0.204, r.Totals.LossCostShare!.Value, 0.0005);
        Assert.Empty(r.Warnings);
    }

    [Fact]
    public void Baseline_TwelveMonthWorkedExample_GivesTheHandFigures()
    {
        double[] x = [80, 90, 100, 110, 120, 100, 90, 110, 80, 120, 100, 100];
        double[] y = [82_800, 85_400, 90_300, 93_500, 98_400, 89_100, 86_700, 93_800, 81_700, 98_500, 90_600, 89_200];
        var baseline = x.Select((v, i) => Month($"2024-{i + 1:00}", y[i], v)).ToList();
        List<EnergyMonth> reporting = [Month("2025-01", 88_500, 105), Month("2025-02", 84_000, 95), Month("2025-03", 91_700, 115)];

        var r = EnergyBaselineCalculator.Calculate(new EnergyBaselineStudy("e", ["production_t"], "production_t", baseline, reporting)).Value;

        Assert.Equal(400, r.Model.Slopes[0], 1e-9);
        Assert.Equal(50_000, r.Model.Intercept, 1e-7);
        Assert.Equal(4_180_000, r.Model.Sse, 1e-5);
        Assert.Equal(Math.Sqrt(418_000), r.Model.Rmse_kWh, 1e-9);
        Assert.Equal(646.53 / Math.Sqrt(2_000), r.Model.SlopeStandardErrors[0], 1e-4);
        Assert.Equal(1_457.68, r.Model.InterceptStandardError, 0.005);
        Assert.Equal([3_500, 4_000, 4_300], r.Reporting.Select(m => Math.Round(m.Savings_kWh, 6)));
        Assert.Equal([-3_500, -7_500, -11_800], r.Reporting.Select(m => Math.Round(m.Cusum_kWh, 6)));
        Assert.Equal(900, r.Enpi!.Baseline_kWh_per_unit, 1e-9);
        Assert.Equal(276_000.0 / 315, r.Enpi.AdjustedBaseline_kWh_per_unit, 1e-9);
        Assert.Empty(r.Warnings);
    }

    private static EnergyMonth Month(string month, double energy, double production) =>
        new(month, energy, new Dictionary<string, double> { ["production_t"] = production });

    private static void AssertExpected(string name, Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        var differences = JsonExpectation.Compare(Examples.Read($"{name}.expected.json"), Encoding.UTF8.GetString(output.ToArray()));
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }
}
