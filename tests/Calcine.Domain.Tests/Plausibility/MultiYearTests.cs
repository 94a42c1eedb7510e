using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class MultiYearTests
{
    private static PlantYear ScaleKilnFuels(PlantYear py, decimal factor) =>
        py with { Fuels = [.. py.Fuels.Select(f => f.Use == FuelUse.Kiln ? f with { Mass = f.Mass * factor } : f)] };

    [Fact]
    public void ThreeSteadyYears_HaveNoWarnings() =>
        Assert.Empty(Plausible.Check(Plausible.Year(2022), Plausible.Year(2023), Plausible.Year(2024)));

    [Fact]
    public void ClinkerProduction_Up50Percent_WarnsOnTheLaterYear()
    {
        var warnings = Plausible.Check(Plausible.Year(2023), Plausible.Year(2024).Scale(1.5m));

        var w = Assert.Single(warnings);
        Assert.Equal("PY032", w.Id);

        Assert.Equal("$.clinker.produced_t", w.Path);
        Assert.Equal(0.5m, w.Value);
        Assert.Equal(2024, w.Year);
        Assert.Equal("within ±0.3 relative change of 2023", w.ExpectedRange);
        Assert.StartsWith("plant-a 2024: Clinker produced (t) moved from 1000000 in 2023 to 1500000 in 2024 (+50 %)", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void ClinkerProduction_Up10Percent_DoesNotWarn() =>
        Assert.Empty(Plausible.Check(Plausible.Year(2023), Plausible.Year(2024).Scale(1.1m)));

    [Fact]
    public void Years_GivenOutOfOrder_AreComparedInYearOrder()
    {
        var w = Plausible.Only("PY032", Plausible.Year(2024).Scale(0.6m), Plausible.Year(2023));

        Assert.Equal(-0.4m, w.Value);
        Assert.Equal(2024, w.Year);
    }

    [Fact]
    public void SpecificHeat_Up20Percent_WarnsWithTheRelativeChange()
    {
        var w = Plausible.Only("PY033", Plausible.Year(2023), ScaleKilnFuels(Plausible.Year(2024), 1.2m));

        Assert.Equal("$.fuels", w.Path);
        Assert.Equal(0.2m, w.Value);
    }

    [Fact]
    public void SpecificHeat_Down5Percent_DoesNotWarn() =>
        Plausible.None("PY033", Plausible.Year(2023), ScaleKilnFuels(Plausible.Year(2024), 0.95m));

    [Fact]
    public void ClinkerFactor_DownTenPoints_WarnsWithTheAbsoluteChange()
    {
        var later = Plausible.Year(2024) with { Cement = Plausible.Components(("gypsum", 50_000m), ("limestone", 100_000m), ("slag", 350_000m)) };

        var w = Plausible.Only("PY034", Plausible.Year(2023), later);

        Assert.Equal("$.cement.mineralComponents_t", w.Path);
        Assert.Equal(1m / 1.5m - 0.8m, w.Value);
    }

    [Fact]
    public void ClinkerFactor_DownThreePoints_DoesNotWarn()
    {
        // 0.8 → 1,000,000 / 1,297,000 = 0.771.
        var later = Plausible.Year(2024) with { Cement = Plausible.Components(("gypsum", 50_000m), ("limestone", 147_000m), ("slag", 100_000m)) };

        Plausible.None("PY034", Plausible.Year(2023), later);
    }

    [Fact]
    public void GrossCo2PerClinker_Up15Percent_WarnsWithTheKpiChange()
    {
        var earlier = Plausible.Year(2023);
        var later = Plausible.Year(2024).WithFuel(4, f => f with { Mass = new Mass(40_000m) });

        var w = Plausible.Only("PY035", earlier, later);

        var a = GccaCalculator.Calculate(earlier).Kpis.GrossCo2PerClinkerKg!.Value;
        var b = GccaCalculator.Calculate(later).Kpis.GrossCo2PerClinkerKg!.Value;
        Assert.Equal("$.clinker.produced_t", w.Path);
        Assert.Equal((b - a) / a, w.Value);
        Assert.True(w.Value > 0.1m);
    }

    [Fact]
    public void GrossCo2PerClinker_SmallFuelShift_DoesNotWarn() =>
        Plausible.None("PY035", Plausible.Year(2023), Plausible.Year(2024).WithFuel(4, f => f with { Mass = new Mass(5_000m) }));

    [Fact]
    public void TwoDocumentsForOneYear_WarnDuplicateAndCompareTheFirst()
    {
        // Were the revision compared, its 40 % more clinker would raise PY032.
        var revision = Plausible.Year(2024).Scale(1.4m);

        var warnings = Plausible.Check(Plausible.Year(2023), Plausible.Year(2024), revision);

        var w = Assert.Single(warnings);
        Assert.Equal("PY031", w.Id);
        Assert.Equal("$.year", w.Path);
        Assert.Equal(2m, w.Value);
        Assert.Equal(2024, w.Year);
    }

    [Fact]
    public void DifferentPlantIds_WarnOnceAndSkipYearOnYear()
    {
        // Were the plants compared, three times the clinker would raise PY032.
        var other = Plausible.Year(2024, plantId: "plant-b").Scale(3m);

        var warnings = Plausible.Check(Plausible.Year(2023), other);

        var w = Assert.Single(warnings);
        Assert.Equal("PY030", w.Id);
        Assert.Equal("$.plant.id", w.Path);
        Assert.Equal(2m, w.Value);
        Assert.Contains("\"plant-a\", \"plant-b\"", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void SameYearOfTwoPlants_IsNotADuplicate() =>
        Plausible.None("PY031", Plausible.Year(2024), Plausible.Year(2024, plantId: "plant-b"));

    [Fact]
    public void SingleYearWarnings_InSeveralDocuments_NameTheirPlantAndYear()
    {
        var warnings = Plausible.Check(Plausible.Year(2023), Plausible.Year(2024).WithClinker(c => c with { Cao = 0.75m }));

        var w = Assert.Single(warnings, x => x.Id == "PY001");
        Assert.Equal(2024, w.Year);
        Assert.StartsWith("plant-a 2024: ", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleDocument_WarningTextHasNoPrefix()
    {
        var w = Plausible.Only("PY001", Plausible.Year(2024).WithClinker(c => c with { Cao = 0.75m }));

        Assert.StartsWith("CaO of Portland clinker", w.Why, StringComparison.Ordinal);
        Assert.Equal(2024, w.Year);
    }
}
