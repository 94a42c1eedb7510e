using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class RawMealTocRule : SingleYearRule
{
    public override string Id => "PY013";
    public override string Description => "Total organic carbon (TOC) of raw meal";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input) =>
        OutsideRange(input, year, "$.calcination.rawMeal.toc", year.Document.Calcination.RawMealToc, RangeKeys.RawMealToc,
            "TOC is a mass fraction (0.002 = 0.2 %); a percent entered as a fraction multiplies the TOC CO2 a hundredfold. " +
            "High values are real with oil shale, coal gangue or high-carbon fly ash in the raw mix; document the analysis.");
}
