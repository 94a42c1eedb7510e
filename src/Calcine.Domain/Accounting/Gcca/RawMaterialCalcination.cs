using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Gcca;

/// <summary>CO2 from raw materials: calcination of clinker, bypass dust and CKD leaving the kiln
/// system, plus organic carbon (GCCA line039). EU MRR method B and CBAM use the same arithmetic.</summary>
public sealed record CalcinationResult(
    decimal ClinkerEf, decimal CkdCalcinationRate, decimal CkdEf,
    decimal ClinkerCo2, decimal BypassCo2, decimal CkdCo2, decimal TocCo2)
{
    public decimal Total => ClinkerCo2 + BypassCo2 + CkdCo2 + TocCo2;
}

public static class RawMaterialCalcination
{
    public const decimal DefaultClinkerEf = 0.525m;
    public const decimal DefaultToc = 0.002m;
    public const decimal DefaultRawMealToClinker = 1.55m;

    public static CalcinationResult Compute(PlantYear py, Methodology m, CalculationTrace? trace)
    {
        var calc = py.Calcination;
        var produced = py.Clinker.Produced.Tonnes;
        var chem = m.Chemistry;

        decimal clinkerEf, clinkerCo2, bypassEf;
        var d = CkdRate(py, trace);
        decimal ckdEf;
        decimal tocCo2;
        var toc = calc.RawMealToc ?? DefaultToc;
        var tocSource = calc.RawMealToc is null ? Sources.Default(m.Id, "TOC 0.2 % of raw meal") : "$.calcination.rawMeal.toc";

        if (calc.Method == CalcinationMethod.A1)
        {
            // Input method: carbonate CO2 of the net kiln feed; dust factors from the raw meal LOI.
            var rawMeal = calc.RawMealConsumed!.Value.Tonnes;
            var loi = calc.RawMealLoi!.Value;
            clinkerCo2 = rawMeal * loi;
            clinkerEf = produced == 0m ? 0m : clinkerCo2 / produced;
            bypassEf = CalcinationFormulas.CkdEmissionFactorInput(loi, 1m);
            ckdEf = CalcinationFormulas.CkdEmissionFactorInput(loi, d);
            trace?.Add("calcination.a1", "Carbonate CO2 of the net kiln feed (method A1)", "rawMeal × LOI_RM", clinkerCo2, "t CO2",
                new TraceInput("rawMeal", rawMeal, "t", "$.calcination.rawMeal.consumed_t"),
                new TraceInput("LOI_RM", loi, "fraction", "$.calcination.rawMeal.loi"));
            tocCo2 = rawMeal * toc * chem.CarbonToCo2;
            trace?.Add("calcination.toc", "CO2 from organic carbon of the raw meal", "rawMeal × TOC × C→CO2", tocCo2, "t CO2",
                new TraceInput("rawMeal", rawMeal, "t", "$.calcination.rawMeal.consumed_t"),
                new TraceInput("TOC", toc, "fraction", tocSource),
                new TraceInput("C→CO2", chem.CarbonToCo2, "t/t", m.Id));
        }
        else
        {
            clinkerEf = ClinkerEf(py, m, trace);
            bypassEf = clinkerEf;
            ckdEf = CalcinationFormulas.CkdEmissionFactorOutput(clinkerEf, d);
            clinkerCo2 = produced * clinkerEf;
            trace?.Add("calcination.clinker", "Calcination CO2 of clinker produced", "clinker × EF_cli", clinkerCo2, "t CO2",
                new TraceInput("clinker", produced, "t", "$.clinker.produced_t"),
                new TraceInput("EF_cli", clinkerEf, "t CO2/t", Sources.Computed("calcination.ef")));
            var ratio = calc.RawMealToClinker ?? DefaultRawMealToClinker;
            tocCo2 = CalcinationFormulas.TocCo2(produced, ratio, toc, chem);
            trace?.Add("calcination.toc", "CO2 from organic carbon of the raw meal", "clinker × rawMeal:clinker × TOC × C→CO2", tocCo2, "t CO2",
                new TraceInput("clinker", produced, "t", "$.clinker.produced_t"),
                new TraceInput("rawMeal:clinker", ratio, "t/t", calc.RawMealToClinker is null ? Sources.Default(m.Id, "raw meal:clinker 1.55") : "$.calcination.rawMeal.rawMealToClinker"),
                new TraceInput("TOC", toc, "fraction", tocSource),
                new TraceInput("C→CO2", chem.CarbonToCo2, "t/t", m.Id));
        }

        var bypassCo2 = calc.BypassDust.Tonnes * bypassEf;
        trace?.Add("calcination.bypass", "Bypass dust leaving the kiln system, fully calcined", "bypass × EF_bypass", bypassCo2, "t CO2",
            new TraceInput("bypass", calc.BypassDust.Tonnes, "t", "$.calcination.bypassDust_t"),
            new TraceInput("EF_bypass", bypassEf, "t CO2/t", calc.Method == CalcinationMethod.A1 ? "EF_CKD,in with d = 1" : "EF_cli"));
        var ckdCo2 = calc.CkdLeaving.Tonnes * ckdEf;
        trace?.Add("calcination.ckd", "CKD leaving the kiln system", calc.Method == CalcinationMethod.A1
                ? "CKD × LOI_RM d / (1 − LOI_RM d)" : "CKD × (EF_cli/(1+EF_cli) d) / (1 − EF_cli/(1+EF_cli) d)", ckdCo2, "t CO2",
            new TraceInput("CKD", calc.CkdLeaving.Tonnes, "t", "$.calcination.ckd.leaving_t"),
            new TraceInput("d", d, "fraction", Sources.Computed("calcination.d")),
            new TraceInput("EF_CKD", ckdEf, "t CO2/t", "computed"));

        var result = new CalcinationResult(clinkerEf, d, ckdEf, clinkerCo2, bypassCo2, ckdCo2, tocCo2);
        trace?.Add("calcination.total", "CO2 from raw materials (line039)", "clinker + bypass + CKD + TOC", result.Total, "t CO2",
            new TraceInput("clinker", clinkerCo2, "t CO2", Sources.Computed(calc.Method == CalcinationMethod.A1 ? "calcination.a1" : "calcination.clinker")),
            new TraceInput("bypass", bypassCo2, "t CO2", Sources.Computed("calcination.bypass")),
            new TraceInput("CKD", ckdCo2, "t CO2", Sources.Computed("calcination.ckd")),
            new TraceInput("TOC", tocCo2, "t CO2", Sources.Computed("calcination.toc")));
        return result;
    }

    public static decimal ClinkerEf(PlantYear py, Methodology m, CalculationTrace? trace)
    {
        var c = py.Clinker;
        if (py.Calcination.Method == CalcinationMethod.B1)
        {
            var ef = c.EmissionFactor ?? DefaultClinkerEf;
            trace?.Add("calcination.ef", "Clinker emission factor (B1)", "plant-specific or default 0.525", ef, "t CO2/t clinker",
                new TraceInput("EF_cli", ef, "t CO2/t", c.EmissionFactor is null
                    ? Sources.Default(m.Id, "B1 525 kg CO2/t clinker") : "$.clinker.emissionFactor_tCO2_per_t"));
            return ef;
        }

        var produced = c.Produced.Tonnes;
        var uncorrected = CalcinationFormulas.OxideCo2(c.Cao!.Value, c.Mgo!.Value, m.Chemistry);
        var correction = 0m;
        foreach (var input in py.Calcination.NonCarbonateInputs)
        {
            correction += input.Mass.Tonnes * CalcinationFormulas.OxideCo2(input.Cao, input.Mgo, m.Chemistry);
        }

        var efB2 = (produced * uncorrected - correction) / produced;
        trace?.Add("calcination.ef", "Clinker emission factor from CaO and MgO, corrected for non-carbonate inputs (B2)",
            "(clinker × (CaO × f_CaO + MgO × f_MgO) − Σ m_nc × (CaO_nc × f_CaO + MgO_nc × f_MgO)) / clinker", efB2, "t CO2/t clinker",
            new TraceInput("clinker", produced, "t", "$.clinker.produced_t"),
            new TraceInput("CaO", c.Cao.Value, "fraction", "$.clinker.cao"),
            new TraceInput("MgO", c.Mgo.Value, "fraction", "$.clinker.mgo"),
            new TraceInput("f_CaO", m.Chemistry.CaoToCo2, "t CO2/t CaO", m.Id),
            new TraceInput("f_MgO", m.Chemistry.MgoToCo2, "t CO2/t MgO", m.Id),
            new TraceInput("non-carbonate CO2", correction, "t CO2", "$.calcination.nonCarbonateInputs"));
        return efB2;
    }

    /// <summary>d: given, else from LOI of CKD and raw meal, else 0 for dry kilns and 1 otherwise (conservative).</summary>
    public static decimal CkdRate(PlantYear py, CalculationTrace? trace)
    {
        var calc = py.Calcination;
        if (calc.CkdCalcinationRate is { } given)
        {
            trace?.Add("calcination.d", "CKD calcination rate", "given", given, "fraction",
                new TraceInput("d", given, "fraction", "$.calcination.ckd.calcinationRate"));
            return given;
        }

        if (calc.CkdLoi is { } loiCkd && calc.RawMealLoi is { } loiRm)
        {
            var d = CalcinationFormulas.CkdCalcinationRate(loiCkd, loiRm);
            trace?.Add("calcination.d", "CKD calcination rate from LOI", "1 − LOI_CKD (1 − LOI_RM) / ((1 − LOI_CKD) LOI_RM)", d, "fraction",
                new TraceInput("LOI_CKD", loiCkd, "fraction", "$.calcination.ckd.loi"),
                new TraceInput("LOI_RM", loiRm, "fraction", "$.calcination.rawMeal.loi"));
            return d;
        }

        var fallback = py.Plant.KilnProcess == KilnProcess.Dry ? 0m : 1m;
        trace?.Add("calcination.d", "CKD calcination rate, protocol default by kiln process", "dry → 0; semi-dry, semi-wet, wet → 1", fallback, "fraction",
            new TraceInput("d", fallback, "fraction", Sources.Default("gcca", $"kiln process {py.Plant.KilnProcess}")));
        return fallback;
    }
}
