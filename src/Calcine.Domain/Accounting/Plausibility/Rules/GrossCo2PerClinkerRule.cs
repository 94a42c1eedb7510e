using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class GrossCo2PerClinkerRule : SingleYearRule
{
    public override string Id => "PY016";
    public override string Description => "Gross CO2 per tonne of clinker, by kiln process";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var process = year.Document.Plant.KilnProcess;
        return OutsideRange(input, year, "$.clinker.produced_t", year.Kpis.GrossCo2PerClinkerKg, RangeKeys.GrossCo2PerClinker(process),
            $"Gross CO2 (GCCA line059c: raw materials + fossil kiln and non-kiln fuels) per tonne of clinker produced, in kg, " +
            $"for a {RangeKeys.ProcessName(process)} kiln. Outside the range, check the calcination factor, fuel factors, biogenic " +
            "shares, the clinker tonnage, and fuels of other activities booked here.");
    }
}
