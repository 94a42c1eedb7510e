using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>Bought clinker needs its supplier's embedded emissions: CBAM counts it into the cement's SEE,
/// and a missing (0) value understates them.</summary>
public sealed class BoughtClinkerEmissionsRule : SingleYearRule
{
    public override string Id => "PY019";
    public override string Description => "Embedded emissions of bought clinker (CBAM)";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var c = year.Document.Clinker;
        if (c.Bought.Tonnes == 0m)
        {
            return [];
        }

        var bought = Show.Number(c.Bought.Tonnes, 0);
        return Check(input, year, "$.clinker.boughtSeeDirect_tCO2_per_t", c.BoughtSeeDirect ?? 0m, RangeKeys.BoughtClinkerSeeDirect, "direct", bought)
            .Concat(Check(input, year, "$.clinker.boughtSeeIndirect_tCO2_per_t", c.BoughtSeeIndirect, RangeKeys.BoughtClinkerSeeIndirect, "indirect", bought));
    }

    private IEnumerable<PlausibilityWarning> Check(PlausibilityInput input, PlantYearFacts year, string path, decimal see, string key, string kind, string bought) =>
        OutsideRange(input, year, path, see, key, see == 0m
            ? $"{bought} t of clinker are bought with no {kind} embedded emissions, so the CBAM SEE of the cement counts them as 0 " +
              "and is understated. Ask the supplier for its SEE, or use the CBAM default value."
            : $"The {kind} embedded emissions stated for {bought} t of bought clinker are unusual for clinker; check the supplier's " +
              "data and its unit (t CO2 per t clinker).");
}
