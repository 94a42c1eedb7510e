using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class BypassDustShareRule : SingleYearRule
{
    public override string Id => "PY012";
    public override string Description => "Bypass dust leaving the kiln system, per tonne of clinker";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var bypass = year.Document.Calcination.BypassDust.Tonnes;
        if (year.ClinkerProduced == 0m || bypass == 0m)
        {
            return [];
        }

        return OutsideRange(input, year, "$.calcination.bypassDust_t", bypass / year.ClinkerProduced, RangeKeys.BypassShare,
            $"Bypass dust ({Show.Number(bypass, 0)} t) per tonne of clinker produced; it counts as fully calcined, like clinker. " +
            "A large value may include CKD or dust that is returned to the kiln.");
    }
}
