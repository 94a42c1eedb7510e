using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class ClinkerFactorRule : SingleYearRule
{
    public override string Id => "PY005";
    public override string Description => "Clinker factor: clinker consumed / cement";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input) =>
        OutsideRange(input, year, "$.cement.mineralComponents_t", year.Kpis.ClinkerFactor, RangeKeys.ClinkerFactor,
            "Clinker factor = clinker consumed (produced + bought − sold − stock increase) / (clinker consumed + mineral components). " +
            "Above the range, gypsum and other mineral components are probably missing; below it, check clinker sold and stock " +
            "changes, and that cement substitutes sold are in substitutesSold_t, not in mineralComponents_t.");
}
