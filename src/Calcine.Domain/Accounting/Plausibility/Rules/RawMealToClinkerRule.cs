using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>The stated raw meal : clinker ratio, and for method A1 the ratio implied by raw meal consumed.</summary>
public sealed class RawMealToClinkerRule : SingleYearRule
{
    public override string Id => "PY008";
    public override string Description => "Raw meal to clinker ratio";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var calc = year.Document.Calcination;
        var stated = OutsideRange(input, year, "$.calcination.rawMeal.rawMealToClinker", calc.RawMealToClinker, RangeKeys.RawMealToClinker,
            "Tonnes of dry raw meal (without fuel ash) per tonne of clinker; it scales the TOC CO2. About 1/(1 − LOI): check " +
            "that it is not clinker to raw meal, or a wet slurry tonnage.");
        if (calc.RawMealConsumed is not { } consumed || year.ClinkerProduced == 0m)
        {
            return stated;
        }

        var implied = OutsideRange(input, year, "$.calcination.rawMeal.consumed_t", consumed.Tonnes / year.ClinkerProduced, RangeKeys.RawMealToClinker,
            $"Raw meal consumed ({Show.Number(consumed.Tonnes, 0)} t) / clinker produced ({Show.Number(year.ClinkerProduced, 0)} t). " +
            "Outside the range, the kiln feed is probably not net of returned dust, or is a wet tonnage; method A1 multiplies it by the LOI.");
        return stated.Concat(implied);
    }
}
