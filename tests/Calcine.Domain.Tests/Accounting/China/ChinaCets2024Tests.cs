using System.Text.Json.Nodes;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.China;
using Calcine.Domain.Results;
using static Calcine.Domain.Tests.Accounting.ExampleDocuments;

namespace Calcine.Domain.Tests.Accounting.China;

/// <summary>co2-accounting.md §9.4, CETS-AG-02.01-V01-2024 column, and the unverified-table rules.</summary>
public class ChinaCets2024Tests
{
    [Fact]
    public void ReferenceLine_ProcessAndComplianceTotalMatch()
    {
        var r = ChinaCets2024Calculator.Calculate(Load(ChinaLine));

        Assert.Equal(802_500m, r.ClinkerCo2);
        Assert.Equal(28_800m, r.DeductionCo2);
        Assert.Equal(773_700.00m, r.ProcessCo2);
        Near(433_913.87m, r.Fuels.FossilFuelCo2);
        Assert.Equal(13_200m, r.Fuels.AlternativeFuelCo2);
        Near(1_220_813.87m, r.DirectCo2);
        Assert.Equal(r.DirectCo2, r.ComplianceCo2);
        Assert.Equal(0.813876m, Math.Round(r.DirectCo2PerClinker!.Value, 6));
    }

    [Fact]
    public void Electricity_IsComputedButExcludedFromCompliance()
    {
        var r = ChinaCets2024Calculator.Calculate(Load(ChinaLine));

        Assert.Equal(68_436m, r.ExcludedIndirect.ElectricityCo2);
        Assert.Equal(r.ProcessCo2 + r.Fuels.Total, r.ComplianceCo2);
    }

    [Fact]
    public void TableDefaults_AreReportedAsUnverified()
    {
        var r = ChinaCets2024Calculator.Calculate(Load(ChinaLine));

        Assert.Equal(["EF_cli portland 0.535 t CO2/t clinker", "DF carbide-slag 0.480 t CO2/t"], r.UnverifiedDefaults);
        Assert.StartsWith("defaults from an unverified table were used", r.Notes[0], StringComparison.Ordinal);
        Assert.Equal(FactorBasis.Default, r.ClinkerEfBasis);
        Assert.False(Cets2024Defaults.Table.Verified);
    }

    [Theory]
    [InlineData("white-portland", 0.550)]
    [InlineData("sulfoaluminate", 0.413)]
    [InlineData("aluminate", 0.292)]
    [InlineData("portland", 0.535)]
    public void ClinkerType_SelectsItsFactor(string type, double ef)
    {
        var r = ChinaCets2024Calculator.Calculate(Load(ChinaLine, d => d["china"]!["clinkerType"] = type));

        Assert.Equal((decimal)ef, r.ClinkerEf);
        Assert.Equal(1_500_000m * (decimal)ef - 28_800m, r.ProcessCo2);
    }

    [Fact]
    public void Overrides_ReplaceTheTable_AndNothingUnverifiedIsReported()
    {
        var py = Load(ChinaLine, d =>
        {
            d["china"]!["clinkerEf2024_tCO2_per_t"] = 0.54m;
            d["china"]!["alternativeRawMaterials"]![0]!["deductionFactor_tCO2_per_t"] = 0.5m;
        });

        var r = ChinaCets2024Calculator.Calculate(py);

        Assert.Equal(1_500_000m * 0.54m - 60_000m * 0.5m, r.ProcessCo2);
        Assert.Equal(FactorBasis.Given, r.ClinkerEfBasis);
        Assert.Equal(FactorBasis.Given, r.Deductions[0].Basis);
        Assert.Empty(r.UnverifiedDefaults);
        Assert.DoesNotContain(r.Notes, n => n.Contains("unverified", StringComparison.Ordinal));
    }

    [Fact]
    public void VerifiedTablePassedIn_IsUsedWithoutTheUnverifiedNote()
    {
        var official = new Cets2024Table(
            new Dictionary<ChinaClinkerType, decimal> { [ChinaClinkerType.Portland] = 0.538m },
            new Dictionary<string, decimal> { ["carbide-slag"] = 0.47m },
            "official text", Verified: true);

        var r = ChinaCets2024Calculator.Calculate(Load(ChinaLine), null, official);

        Assert.Equal(1_500_000m * 0.538m - 60_000m * 0.47m, r.ProcessCo2);
        Assert.Empty(r.UnverifiedDefaults);
    }

    [Fact]
    public void Check_UnknownTypeWithoutOverride_NamesTheItemsTypePath()
    {
        var py = Load(ChinaLine, d => d["china"]!["alternativeRawMaterials"]!.AsArray()
            .Add(new JsonObject { ["type"] = "mystery-slag", ["mass_t"] = 1000 }));

        var error = Assert.Single(ChinaCets2024Calculator.Check(py));

        Assert.Equal("$.china.alternativeRawMaterials[1].type", error.Path);
        Assert.Contains("mystery-slag", error.Message, StringComparison.Ordinal);
        Assert.Contains("deductionFactor_tCO2_per_t", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownTypeWithOverride_IsAccepted()
    {
        var py = Load(ChinaLine, d => d["china"]!["alternativeRawMaterials"]!.AsArray()
            .Add(new JsonObject { ["type"] = "mystery-slag", ["mass_t"] = 1000, ["deductionFactor_tCO2_per_t"] = 0.1m }));

        Assert.Empty(ChinaCets2024Calculator.Check(py));
        Assert.Equal(28_900m, ChinaCets2024Calculator.Calculate(py).DeductionCo2);
    }

    [Fact]
    public void Check_DeductionsAboveClinkerCo2_IsAnError()
    {
        var py = Load(ChinaLine, d => d["china"]!["alternativeRawMaterials"]![0]!["mass_t"] = 2_000_000);

        Assert.Equal("$.china.alternativeRawMaterials", Assert.Single(ChinaCets2024Calculator.Check(py)).Path);
    }

    [Fact]
    public void WithoutChinaBlock_PortlandDefaultAndNoDeductions()
    {
        var py = Load(ChinaLine, d => d.Remove("china"));

        Assert.Empty(ChinaCets2024Calculator.Check(py));
        var r = ChinaCets2024Calculator.Calculate(py);
        Assert.Equal(802_500m, r.ProcessCo2);
        Assert.Equal(["EF_cli portland 0.535 t CO2/t clinker"], r.UnverifiedDefaults);
    }

    [Fact]
    public void DeductionTable_HasKebabCaseKeysAndReferenceValues()
    {
        var table = Cets2024Defaults.DeductionFactors;

        Assert.All(table.Keys, k => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", k));
        Assert.Equal(0.480m, table["carbide-slag"]);
        Assert.Equal(0.055m, table["copper-slag"]);
        Assert.Equal(0.245m, table["fluorogypsum"]);
        Assert.Equal(0.600m, table["slaked-lime"]);
    }

    [Fact]
    public void Trace_NamesTheUnverifiedTableAndDocumentPaths()
    {
        var trace = new CalculationTrace();

        ChinaCets2024Calculator.Calculate(Load(ChinaLine), trace);

        var clinker = Step(trace, "cn-2024.clinker");
        Assert.Equal("$.clinker.produced_t", Input(clinker, "Q_cli").Source);
        Assert.Contains("unverified", Input(clinker, "EF_cli").Source, StringComparison.Ordinal);
        var deduction = Step(trace, "cn-2024.deduction[0]");
        Assert.Equal("$.china.alternativeRawMaterials[0].mass_t", Input(deduction, "Q_alt").Source);
        Assert.StartsWith("default: cn-2024, DF carbide-slag 0.480", Input(deduction, "DF").Source, StringComparison.Ordinal);
        Near(1_220_813.87m, Step(trace, "cn-2024.direct").Value);
    }
}
