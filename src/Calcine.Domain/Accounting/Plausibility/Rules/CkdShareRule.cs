using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class CkdShareRule : SingleYearRule
{
    public override string Id => "PY011";
    public override string Description => "Cement kiln dust leaving the kiln system, per tonne of clinker";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var ckd = year.Document.Calcination.CkdLeaving.Tonnes;
        if (year.ClinkerProduced == 0m || ckd == 0m)
        {
            return [];
        }

        return OutsideRange(input, year, "$.calcination.ckd.leaving_t", ckd / year.ClinkerProduced, RangeKeys.CkdShare,
            $"CKD leaving the kiln system ({Show.Number(ckd, 0)} t) per tonne of clinker produced. Only dust that leaves the system " +
            "counts; dust returned to the kiln or added to cement at the mill (then a mineral component) must not be included.");
    }
}
