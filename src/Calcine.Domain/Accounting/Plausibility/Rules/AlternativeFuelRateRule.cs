using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class AlternativeFuelRateRule : SingleYearRule
{
    public override string Id => "PY017";
    public override string Description => "Alternative fuel rate (thermal substitution) of the kiln";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input) =>
        OutsideRange(input, year, "$.fuels", year.Kpis.AlternativeFuelRate, RangeKeys.AlternativeFuelRate,
            "Share of kiln fuel energy from alternative-fossil, mixed and biomass fuels. Few kilns exceed 80 %; check the fuel " +
            "categories, because a conventional fuel declared alternative lowers net CO2.");
}
