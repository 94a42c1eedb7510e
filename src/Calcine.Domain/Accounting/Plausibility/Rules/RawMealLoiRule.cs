using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class RawMealLoiRule : SingleYearRule
{
    public override string Id => "PY014";
    public override string Description => "Loss on ignition (LOI) of raw meal";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input) =>
        OutsideRange(input, year, "$.calcination.rawMeal.loi", year.Document.Calcination.RawMealLoi, RangeKeys.RawMealLoi,
            "LOI of a limestone–clay raw meal is about 35 %. It sets the CKD calcination rate and, for method A1, the calcination CO2; " +
            "check that it is the raw meal (not limestone or hot meal) and that organic carbon and water are corrected for.");
}
