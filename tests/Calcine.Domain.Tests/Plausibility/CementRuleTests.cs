using Calcine.Domain.Accounting;
using Calcine.Domain.Quantities;

namespace Calcine.Domain.Tests.Plausibility;

public class CementRuleTests
{
    [Fact]
    public void ClinkerFactor_NoMineralComponents_WarnsAtOne()
    {
        var w = Plausible.Only("PY005", Plausible.Year() with { Cement = new CementData() });

        Assert.Equal("$.cement.mineralComponents_t", w.Path);
        Assert.Equal(1m, w.Value);
        Assert.Equal("0.5–0.97 t clinker/t cement", w.ExpectedRange);
    }

    [Fact]
    public void ClinkerFactor_SlagCementPlant_WarnsBelowHalf()
    {
        var py = Plausible.Year() with { Cement = Plausible.Components(("gypsum", 60_000m), ("slag", 1_140_000m)) };

        var w = Plausible.Only("PY005", py);

        Assert.Equal(1_000_000m / 2_200_000m, w.Value);
    }

    [Fact]
    public void ClinkerFactor_CemIILevel_DoesNotWarn() =>
        Plausible.None("PY005", Plausible.Year() with { Cement = Plausible.Components(("gypsum", 50_000m), ("limestone", 300_000m)) });

    [Fact]
    public void MineralComponents_NoSetRegulatorListed_WarnsOnTheList()
    {
        var py = Plausible.Year() with { Cement = Plausible.Components(("limestone", 150_000m), ("slag", 100_000m)) };

        var w = Plausible.Only("PY020", py);

        Assert.Equal("$.cement.mineralComponents", w.Path);
        Assert.Equal(0m, w.Value);
        Assert.Contains("gypsum", w.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void MineralComponents_LimestoneAboveEn197Limit_WarnsOnTheItemWithItsShare()
    {
        var py = Plausible.Year() with { Cement = Plausible.Components(("gypsum", 60_000m), ("limestone", 940_000m)) };

        var w = Plausible.Only("PY020", py);

        Assert.Equal("$.cement.mineralComponents[1].mass_t", w.Path);
        Assert.Equal(0.47m, w.Value);
        Assert.Equal("0–0.35 t/t cement", w.ExpectedRange);
    }

    [Fact]
    public void MineralComponents_TwoGypsumLinesTooMuchTogether_WarnOnceOnTheList()
    {
        var py = Plausible.Year() with { Cement = Plausible.Components(("natural gypsum", 60_000m), ("FGD gypsum", 40_000m), ("slag", 150_000m)) };

        var w = Plausible.Only("PY020", py);

        Assert.Equal("$.cement.mineralComponents", w.Path);
        Assert.Equal(0.08m, w.Value);
    }

    [Fact]
    public void MineralComponents_TypicalComposite_DoesNotWarn() =>
        Plausible.None("PY020", Plausible.Year() with
        {
            Cement = Plausible.Components(("anhydrite", 45_000m), ("fly ash", 150_000m), ("natural pozzolana", 100_000m), ("limestone", 55_000m)),
        });

    [Fact]
    public void MineralComponents_OnlyATotal_IsNotChecked() =>
        Plausible.None("PY020", Plausible.Year() with { Cement = new CementData { MineralComponents = new Mass(250_000m) } });
}
