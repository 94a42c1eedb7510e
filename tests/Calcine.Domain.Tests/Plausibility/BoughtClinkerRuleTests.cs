using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class BoughtClinkerRuleTests
{
    [Fact]
    public void BoughtClinker_WithoutEmbeddedEmissions_WarnsForDirectAndIndirect()
    {
        var py = Plausible.Year().WithClinker(c => c with { Bought = new Mass(100_000m) });

        var warnings = Plausible.Check(py).Where(w => w.Id == "PY019").ToList();

        Assert.Equal(["$.clinker.boughtSeeDirect_tCO2_per_t", "$.clinker.boughtSeeIndirect_tCO2_per_t"], warnings.Select(w => w.Path));
        Assert.All(warnings, w => Assert.Equal(0m, w.Value));
        Assert.All(warnings, w => Assert.Contains("understated", w.Why, StringComparison.Ordinal));
    }

    [Fact]
    public void BoughtClinker_WithSupplierSee_DoesNotWarn() =>
        Plausible.None("PY019", Plausible.Year().WithClinker(c => c with { Bought = new Mass(100_000m), BoughtSeeDirect = 0.85m, BoughtSeeIndirect = 0.03m }));

    [Fact]
    public void BoughtClinker_DirectSeeOfCementNotClinker_WarnsOutsideRange()
    {
        var py = Plausible.Year().WithClinker(c => c with { Bought = new Mass(100_000m), BoughtSeeDirect = 0.45m, BoughtSeeIndirect = 0.03m });

        var w = Plausible.Only("PY019", py);

        Assert.Equal("$.clinker.boughtSeeDirect_tCO2_per_t", w.Path);
        Assert.Equal(0.45m, w.Value);
        Assert.Equal("0.65–1.1 t CO2/t clinker", w.ExpectedRange);
    }

    [Fact]
    public void BoughtClinker_NoneBought_DoesNotWarn() => Plausible.None("PY019", Plausible.Year());
}
