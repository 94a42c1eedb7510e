using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

/// <summary>Rules that span several fields. They make invalid what the formulas cannot compute,
/// so a calculator never divides by zero or returns a negative emission.</summary>
internal static class PlantYearRules
{
    /// <summary>Per-tonne results divide by clinker produced, cement and cementitious. Below a tonne
    /// they mean nothing, and a sliver such as 1e-25 t overflows decimal arithmetic; 0 stays valid
    /// (no kiln, no cement) because a zero denominator makes the ratio null, not infinite.</summary>
    public const decimal MinimumTonnage = 1m;

    public static void Check(PlantYear py, List<ValidationError> errors)
    {
        var c = py.Clinker;
        var producedIsSliver = IsSliver(c.Produced.Tonnes);
        if (producedIsSliver)
        {
            errors.Add(new("$.clinker.produced_t", $"{Format(c.Produced.Tonnes)} t is above 0 but below {MinimumTonnage} t; per-tonne results divide by it, so it must be 0 or at least {MinimumTonnage} t"));
        }

        if (py.ClinkerConsumed.Tonnes < 0m)
        {
            errors.Add(new("$.clinker.sold_t", "clinker consumed (produced + bought − sold − stockIncrease) would be negative"));
        }
        else if (IsSliver(py.CementTotal.Tonnes))
        {
            errors.Add(new("$.cement", $"cement (clinker consumed + mineral components) is {Format(py.CementTotal.Tonnes)} t; per-tonne results divide by it, so it must be 0 or at least {MinimumTonnage} t"));
        }

        if (c.Produced.Tonnes == 0m && IsSliver(py.Cementitious.Tonnes))
        {
            errors.Add(new("$.cement", $"cementitious (clinker produced + mineral components + substitutes sold) is {Format(py.Cementitious.Tonnes)} t; per-tonne results divide by it, so it must be 0 or at least {MinimumTonnage} t"));
        }

        var calc = py.Calcination;
        switch (calc.Method)
        {
            case CalcinationMethod.B2:
                Require(c.Cao, "$.clinker.cao", "is required for calcination method B2", errors);
                Require(c.Mgo, "$.clinker.mgo", "is required for calcination method B2", errors);
                if (c.Produced.Tonnes == 0m)
                {
                    errors.Add(new("$.clinker.produced_t", "must be above 0 for calcination method B2"));
                }
                else if (!producedIsSliver && c.Cao is not null && c.Mgo is not null && RawMaterialCalcination.ClinkerEf(py, Methodologies.Gcca, null) < 0m)
                {
                    errors.Add(new("$.calcination.nonCarbonateInputs", "the non-carbonate correction exceeds the CO2 of the clinker's CaO and MgO"));
                }

                break;
            case CalcinationMethod.A1:
                Require(calc.RawMealConsumed?.Tonnes, "$.calcination.rawMeal.consumed_t", "is required for calcination method A1", errors);
                Require(calc.RawMealLoi, "$.calcination.rawMeal.loi", "is required for calcination method A1", errors);
                CheckA1Dust(py, errors);
                break;
        }

        if (calc.CkdCalcinationRate is null && calc.CkdLoi is not null)
        {
            // Method A1 already asks for the raw meal LOI; one error per missing value is enough.
            if (calc.RawMealLoi is null && calc.Method != CalcinationMethod.A1)
            {
                errors.Add(new("$.calcination.rawMeal.loi", "is required to derive the CKD calcination rate from calcination.ckd.loi"));
            }
            else if (calc.CkdLoi > calc.RawMealLoi)
            {
                errors.Add(new("$.calcination.ckd.loi", $"LOI of CKD ({calc.CkdLoi}) exceeds LOI of raw meal ({calc.RawMealLoi}); the calcination rate would be negative"));
            }
        }
    }

    /// <summary>A1 takes the raw meal that left as dust out of the kiln feed; the feed must hold it,
    /// under GCCA's d and under EU MRR's default dust factor alike, or the carbonate CO2 goes negative.</summary>
    private static void CheckA1Dust(PlantYear py, List<ValidationError> errors)
    {
        var calc = py.Calcination;
        var ckdRateUsable = calc.CkdCalcinationRate is not null || calc.CkdLoi is null || calc.CkdLoi <= calc.RawMealLoi;
        if (calc.RawMealConsumed is not { } feed || calc.RawMealLoi is null || !ckdRateUsable)
        {
            return;
        }

        var dust = Math.Max(
            RawMaterialCalcination.DustRawMealEquivalent(py, Methodologies.Gcca),
            RawMaterialCalcination.DustRawMealEquivalent(py, Methodologies.EuMrr));
        if (dust > feed.Tonnes)
        {
            errors.Add(new("$.calcination.rawMeal.consumed_t", $"{Format(feed.Tonnes)} t is less than the raw meal that left the kiln as bypass dust and CKD ({Format(dust)} t); method A1 would give negative carbonate CO2"));
        }
    }

    private static bool IsSliver(decimal tonnes) => tonnes is > 0m and < MinimumTonnage;

    private static string Format(decimal d) => JsonObjectReader.Format(d);

    private static void Require(decimal? value, string path, string message, List<ValidationError> errors)
    {
        if (value is null)
        {
            errors.Add(new(path, message));
        }
    }
}
