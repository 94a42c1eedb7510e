using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>LOI of CKD against LOI of raw meal. With no stated d, LOI_CKD above LOI_RM is a document error;
/// with a stated d it is only implausible, and the stated d is also compared with d from LOI.</summary>
public sealed class CkdLoiRule : SingleYearRule
{
    public override string Id => "PY015";
    public override string Description => "CKD LOI against raw-meal LOI, and a stated CKD calcination rate against d from LOI";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var calc = year.Document.Calcination;
        // The reader keeps LOIs within 0–0.99 and raw-meal LOI above 0; documents built in code may not.
        if (calc.CkdLoi is not { } loiCkd || calc.RawMealLoi is not { } loiRm || loiRm <= 0m || loiCkd >= 1m)
        {
            yield break;
        }

        if (!input.Ranges[RangeKeys.CkdLoiBelowRawMeal].Contains(loiCkd / loiRm))
        {
            yield return input.Warn(year, Id, "$.calcination.ckd.loi", loiCkd, RangeKeys.CkdLoiBelowRawMeal,
                $"LOI of CKD exceeds LOI of raw meal ({Show.Number(loiRm, 4)}): dust cannot hold more carbonate than the meal it " +
                "came from, so one of the two analyses is wrong (d from these LOIs would be negative; the stated d is used).",
                $"≤ LOI of raw meal ({Show.Number(loiRm, 4)})");
            yield break;
        }

        if (calc.CkdCalcinationRate is { } stated)
        {
            var fromLoi = CalcinationFormulas.CkdCalcinationRate(loiCkd, loiRm);
            var tolerance = input.Ranges[RangeKeys.CkdRateVersusLoi];
            if (!tolerance.Contains(Math.Abs(stated - fromLoi)))
            {
                yield return input.Warn(year, Id, "$.calcination.ckd.calcinationRate", stated, RangeKeys.CkdRateVersusLoi,
                    $"The stated CKD calcination rate differs from d = {Show.Number(fromLoi)} computed from LOI of CKD and raw meal " +
                    "(GCCA eq. 9); the stated value is used. Say which one is measured.",
                    $"{Show.Number(fromLoi)} ± {RangeOf(tolerance)} (d from LOI)");
            }
        }
    }

    private static string RangeOf(PlausibilityRange range) => PlausibilityRange.Format(range.Max ?? 0m);
}
