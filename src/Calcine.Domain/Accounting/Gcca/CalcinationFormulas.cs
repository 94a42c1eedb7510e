namespace Calcine.Domain.Accounting.Gcca;

/// <summary>The atomic formulas of output- and input-based calcination (GCCA Protocol v3.1
/// guidance eq. 1, 5 and 9). Pure functions, unit-tested with the reference's §9.0 vectors.</summary>
public static class CalcinationFormulas
{
    /// <summary>CKD calcination rate from LOI (eq. 9): d = 1 − LOI_CKD (1 − LOI_RM) / ((1 − LOI_CKD) LOI_RM).</summary>
    public static decimal CkdCalcinationRate(decimal loiCkd, decimal loiRawMeal) =>
        1m - (loiCkd * (1m - loiRawMeal)) / ((1m - loiCkd) * loiRawMeal);

    /// <summary>Output-method CKD factor (eq. 5): EF_CKD = (EF/(1+EF) d) / (1 − EF/(1+EF) d).</summary>
    public static decimal CkdEmissionFactorOutput(decimal clinkerEf, decimal d)
    {
        var x = clinkerEf / (1m + clinkerEf) * d;
        return x / (1m - x);
    }

    /// <summary>Input-method CKD factor (eq. 1): EF_CKD,in = LOI_RM d / (1 − LOI_RM d).</summary>
    public static decimal CkdEmissionFactorInput(decimal loiRawMeal, decimal d)
    {
        var x = loiRawMeal * d;
        return x / (1m - x);
    }

    /// <summary>CO2 released per tonne of an oxide mix: CaO × f_CaO + MgO × f_MgO.</summary>
    public static decimal OxideCo2(decimal cao, decimal mgo, ChemistryConstants c) => cao * c.CaoToCo2 + mgo * c.MgoToCo2;

    /// <summary>CO2 from organic carbon of the raw meal: clinker × raw meal/clinker × TOC × C→CO2.</summary>
    public static decimal TocCo2(decimal clinkerTonnes, decimal rawMealToClinker, decimal toc, ChemistryConstants c) =>
        clinkerTonnes * rawMealToClinker * toc * c.CarbonToCo2;
}
