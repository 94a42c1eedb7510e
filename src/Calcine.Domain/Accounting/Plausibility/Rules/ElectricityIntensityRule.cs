using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>Electricity per tonne of cement, with a lower range for grinding plants that make no clinker.</summary>
public sealed class ElectricityIntensityRule : SingleYearRule
{
    public override string Id => "PY009";
    public override string Description => "Electricity consumption per tonne of cement";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var integrated = year.ClinkerProduced > 0m;
        return OutsideRange(input, year, "$.electricity.consumption", year.Kpis.ElectricityKwhPerTonneCement,
            integrated ? RangeKeys.ElectricityIntegrated : RangeKeys.ElectricityGrindingOnly,
            $"Electricity per tonne of cement = all consumption, grid and on-site, / cement, for {(integrated ? "a plant with a kiln" : "a grinding plant without clinker production")}. " +
            "0 means no consumption is reported (indirect CO2 and CBAM indirect emissions would be 0); far above the range, " +
            "check kWh entered as MWh, or a plant that sells most of its clinker.");
    }
}
