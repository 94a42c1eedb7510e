using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class SpecificHeatRule : SingleYearRule
{
    public override string Id => "PY004";
    public override string Description => "Specific heat consumption of clinker, by kiln process";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var process = year.Document.Plant.KilnProcess;
        return OutsideRange(input, year, "$.fuels", year.Kpis.SpecificHeatMjPerTonneClinker, RangeKeys.SpecificHeat(process),
            $"Specific heat = energy of fuels with use kiln / clinker produced, in MJ/t, for a {RangeKeys.ProcessName(process)} kiln " +
            "(plant.kilnProcess). Outside the range, check LHV units (GJ/t = MJ/kg), fuels booked as kiln that belong to the " +
            "cement mill or other uses, missing fuels, the clinker tonnage and the kiln process.");
    }
}
