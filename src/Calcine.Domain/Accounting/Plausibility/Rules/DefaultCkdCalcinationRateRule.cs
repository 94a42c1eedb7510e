using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>CKD leaves the kiln but its calcination rate is neither stated nor derivable from LOI, so the
/// protocol default by kiln process is used: 1 (conservative) for semi-dry, semi-wet and wet, 0 for dry.</summary>
public sealed class DefaultCkdCalcinationRateRule : SingleYearRule
{
    public override string Id => "PY021";
    public override string Description => "Default CKD calcination rate used for CKD leaving the kiln";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var calc = year.Document.Calcination;
        var hasLoi = calc.CkdLoi is not null && calc.RawMealLoi is not null;
        // GCCA always settles on a d (its default by kiln process); the guard only satisfies the type.
        if (calc.CkdLeaving.Tonnes == 0m || calc.CkdCalcinationRate is not null || hasLoi || year.Gcca.Calcination.CkdCalcinationRate is not { } d)
        {
            yield break;
        }

        var process = year.Document.Plant.KilnProcess;
        var ckd = Show.Number(calc.CkdLeaving.Tonnes, 0);
        var co2 = Show.Number(year.Gcca.Calcination.CkdCo2, 0);
        var why = process == KilnProcess.Dry
            ? $"No CKD calcination rate or LOI is given, so the protocol default d = 0 for a dry kiln counts the {ckd} t of CKD " +
              "leaving the kiln as uncalcined, with no CO2. A verifier will ask for LOI of CKD and raw meal to support it."
            : $"No CKD calcination rate or LOI is given, so the protocol default d = 1 for a {RangeKeys.ProcessName(process)} kiln " +
              $"counts the {ckd} t of CKD as fully calcined ({co2} t CO2). It is conservative and may overstate raw-material CO2: " +
              "measure LOI of CKD and raw meal (calcination.ckd.loi, calcination.rawMeal.loi) to derive d.";
        yield return input.Warn(year, Id, "$.calcination.ckd.calcinationRate", d, RangeKeys.DefaultCkdRate, why,
            $"a measured d, {input.Ranges[RangeKeys.DefaultCkdRate].Describe()}");
    }
}
