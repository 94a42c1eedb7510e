using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

/// <summary>Rules that span several fields. They make invalid what the formulas cannot compute,
/// so a calculator never divides by zero or returns a negative emission.</summary>
internal static class PlantYearRules
{
    public static void Check(PlantYear py, List<ValidationError> errors)
    {
        var c = py.Clinker;
        if (py.ClinkerConsumed.Tonnes < 0m)
        {
            errors.Add(new("$.clinker.sold_t", "clinker consumed (produced + bought − sold − stockIncrease) would be negative"));
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
                else if (c.Cao is not null && c.Mgo is not null && RawMaterialCalcination.ClinkerEf(py, Methodologies.Gcca, null) < 0m)
                {
                    errors.Add(new("$.calcination.nonCarbonateInputs", "the non-carbonate correction exceeds the CO2 of the clinker's CaO and MgO"));
                }

                break;
            case CalcinationMethod.A1:
                Require(calc.RawMealConsumed?.Tonnes, "$.calcination.rawMeal.consumed_t", "is required for calcination method A1", errors);
                Require(calc.RawMealLoi, "$.calcination.rawMeal.loi", "is required for calcination method A1", errors);
                break;
        }

        if (calc.CkdCalcinationRate is null && calc.CkdLoi is not null)
        {
            if (calc.RawMealLoi is null)
            {
                errors.Add(new("$.calcination.rawMeal.loi", "is required to derive the CKD calcination rate from calcination.ckd.loi"));
            }
            else if (calc.CkdLoi > calc.RawMealLoi)
            {
                errors.Add(new("$.calcination.ckd.loi", $"LOI of CKD ({calc.CkdLoi}) exceeds LOI of raw meal ({calc.RawMealLoi}); the calcination rate would be negative"));
            }
        }
    }

    private static void Require(decimal? value, string path, string message, List<ValidationError> errors)
    {
        if (value is null)
        {
            errors.Add(new(path, message));
        }
    }
}
