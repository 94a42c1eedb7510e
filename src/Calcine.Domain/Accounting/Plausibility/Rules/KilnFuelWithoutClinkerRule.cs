using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class KilnFuelWithoutClinkerRule : SingleYearRule
{
    public override string Id => "PY022";
    public override string Description => "Kiln fuels reported while no clinker is produced";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        if (year.ClinkerProduced != 0m)
        {
            return [];
        }

        return OutsideRange(input, year, "$.fuels", year.Gcca.KilnFuelEnergyGj, RangeKeys.KilnFuelWithoutClinker,
            "Fuels with use kiln burn this energy (GJ) but clinker.produced_t is 0, so no specific heat can be computed and " +
            "their CO2 is attributed to no clinker. Book the dryers of a grinding plant as cement-mill and vehicles as other.");
    }
}
