using Calcine.Domain.Accounting;

namespace Calcine.Domain.Tests.Plausibility;

public class FuelRuleTests
{
    [Fact]
    public void FuelLhv_PetcokeBelowRange_WarnsNamingTheMatchedType()
    {
        var py = Plausible.Year().WithFuel(1, f => f with { Name = "Pet-Coke (imported)", Lhv = new(25m) });

        var w = Plausible.Only("PY006", py);

        Assert.Equal("$.fuels[1].lhv_GJ_per_t", w.Path);
        Assert.Equal(25m, w.Value);
        Assert.Equal("29–37 GJ/t", w.ExpectedRange);
        Assert.Contains("matched to fuel type petroleum coke", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelLhv_PetcokeInRange_DoesNotWarn() =>
        Plausible.None("PY006", Plausible.Year().WithFuel(1, f => f with { Name = "pet coke", Lhv = new(34m) }));

    [Fact]
    public void FuelLhv_UnknownNameAboveCategoryRange_WarnsWithCategoryFallback()
    {
        var py = Plausible.Year().WithFuel(2, f => f with { Name = "fuel blend X", Category = FuelCategory.Mixed, Lhv = new(48m) });

        var w = Plausible.Only("PY006", py);

        Assert.Equal("$.fuels[2].lhv_GJ_per_t", w.Path);
        Assert.Equal("5–40 GJ/t", w.ExpectedRange);
        Assert.Contains("range of category mixed", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelLhv_UnknownNameInsideCategoryRange_DoesNotWarn() =>
        Plausible.None("PY006", Plausible.Year().WithFuel(2, f => f with { Name = "fuel blend X", Lhv = new(22m) }));

    [Fact]
    public void FuelLhv_NaturalGasPerThousandCubicMetres_Warns()
    {
        // 36 GJ per 1000 Nm³ entered as GJ/t.
        var py = Plausible.Year().WithFuel(4, f => f with { Name = "Natural gas (dryer)", Lhv = new(36m), EmissionFactor = new(56.1m) });

        var w = Plausible.Only("PY006", py);

        Assert.Equal("$.fuels[4].lhv_GJ_per_t", w.Path);
        Assert.Contains("natural gas", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelLhv_ZeroMassLine_IsSkipped() =>
        Plausible.None("PY006", Plausible.Year().WithFuel(1, f => f with { Mass = new(0m), Lhv = new(5m) }));

    [Fact]
    public void FuelEf_CoalWithGasFactor_Warns()
    {
        var w = Plausible.Only("PY007", Plausible.Year().WithFuel(0, f => f with { EmissionFactor = new(56.1m) }));

        Assert.Equal("$.fuels[0].ef_kgCO2_per_GJ", w.Path);
        Assert.Equal(56.1m, w.Value);
        Assert.Equal("89–101 kg CO2/GJ", w.ExpectedRange);
        Assert.Contains("matched to fuel type coal by the keyword \"coal\"", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void FuelEf_CoalAtIpccDefault_DoesNotWarn() =>
        Plausible.None("PY007", Plausible.Year().WithFuel(0, f => f with { EmissionFactor = new(94.6m) }));

    [Fact]
    public void FuelEf_FromCarbonContent_WarnsAtCarbonContentPath()
    {
        // 0.0262 t C/GJ × 44/12 × 1000 = 96.07 kg CO2/GJ: a coal carbon content given for natural gas.
        var py = Plausible.Year().WithFuel(4, f => f with
        {
            Name = "natural gas",
            Lhv = new(48m),
            CarbonContent = 0.0262m,
            EmissionFactor = new(0.0262m * 44m / 12m * 1000m),
        });

        var w = Plausible.Only("PY007", py);

        Assert.Equal("$.fuels[4].carbonContent_tC_per_GJ", w.Path);
        Assert.Equal("54–58.5 kg CO2/GJ", w.ExpectedRange);
    }

    [Fact]
    public void FuelEf_UnknownBiomassName_UsesCategoryRange()
    {
        var w = Plausible.Only("PY007", Plausible.Year().WithFuel(3, f => f with { Name = "cotton stalks", EmissionFactor = new(30m) }));

        Assert.Equal("$.fuels[3].ef_kgCO2_per_GJ", w.Path);
        Assert.Equal("50–135 kg CO2/GJ", w.ExpectedRange);
        Assert.Contains("category biomass", w.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.1)]  // coal, conventional-fossil
    [InlineData(2, 0.0)]  // tyres, mixed at 0
    [InlineData(2, 1.0)]  // tyres, mixed at 1
    [InlineData(3, 0.5)]  // wood chips, biomass with a fossil half
    public void BiogenicShare_InconsistentWithCategory_Warns(int index, double share)
    {
        var py = Plausible.Year().WithFuel(index, f => f with { BiogenicShare = (decimal)share });

        var w = Plausible.Only("PY010", py);

        Assert.Equal($"$.fuels[{index}].biogenicShare", w.Path);
        Assert.Equal((decimal)share, w.Value);
    }

    [Fact]
    public void BiogenicShare_AlternativeFossilWithBiomass_WarnsToDeclareMixed()
    {
        var py = Plausible.Year().WithFuel(2, f => f with { Category = FuelCategory.AlternativeFossil, BiogenicShare = 0.2m });

        var w = Plausible.Only("PY010", py);

        Assert.Equal("≤ 0 fraction", w.ExpectedRange);
        Assert.Contains("mixed fuel", w.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 0.6)]   // mixed between 0 and 1
    [InlineData(3, 0.95)]  // biomass with a trace of fossil carbon
    public void BiogenicShare_ConsistentWithCategory_DoesNotWarn(int index, double share) =>
        Plausible.None("PY010", Plausible.Year().WithFuel(index, f => f with { BiogenicShare = (decimal)share }));
}
