using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Gcca;

/// <summary>CO2 from raw materials: calcination of clinker, bypass dust and CKD leaving the kiln
/// system, plus organic carbon (GCCA line039). EU MRR method B and CBAM use the same arithmetic,
/// except for CKD whose calcination rate is not determined (see <see cref="Methodology.UndeterminedCkdEf"/>).
/// <see cref="CkdCalcinationRate"/> is null when that methodology default factor replaced d.</summary>
public sealed record CalcinationResult(
    decimal ClinkerEf, decimal? CkdCalcinationRate, decimal CkdEf,
    decimal ClinkerCo2, decimal BypassCo2, decimal CkdCo2, decimal TocCo2)
{
    public decimal Total => ClinkerCo2 + BypassCo2 + CkdCo2 + TocCo2;

    /// <summary>A1 only: raw meal that left the kiln as bypass dust and CKD, taken out of the kiln feed.</summary>
    public decimal DustRawMealEquivalent { get; init; }
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
        var d = CkdRate(py, m, trace);
        decimal ckdEf;
        decimal tocCo2;
        decimal dustRawMeal = 0m;
        var toc = calc.RawMealToc ?? DefaultToc;
        var tocSource = calc.RawMealToc is null ? Sources.Default(m.Id, "TOC 0.2 % of raw meal") : "$.calcination.rawMeal.toc";

        if (calc.Method == CalcinationMethod.A1)
        {
            // Input method: carbonate CO2 of the kiln feed that stays in the kiln. Dust leaving the
            // kiln left as raw meal, so its raw-meal equivalent is taken out of the feed and its own
            // (partial) calcination is counted once, by the dust factors below.
            var rawMeal = calc.RawMealConsumed!.Value.Tonnes;
            var loi = calc.RawMealLoi!.Value;
            bypassEf = CalcinationFormulas.CkdEmissionFactorInput(loi, 1m);
            ckdEf = d is { } rate ? CalcinationFormulas.CkdEmissionFactorInput(loi, rate) : m.UndeterminedCkdEf!.Value;
            dustRawMeal = DustRawMealEquivalent(py, d, ckdEf);
            clinkerCo2 = (rawMeal - dustRawMeal) * loi;
            clinkerEf = produced == 0m ? 0m : clinkerCo2 / produced;
            trace?.Add("calcination.a1.dust", "Raw meal that left the kiln as bypass dust and CKD",
                d is null ? "bypass / (1 − LOI_RM) + CKD × (1 + EF_CKD)" : "bypass / (1 − LOI_RM) + CKD / (1 − LOI_RM d)", dustRawMeal, "t",
                new TraceInput("bypass", calc.BypassDust.Tonnes, "t", "$.calcination.bypassDust_t"),
                new TraceInput("CKD", calc.CkdLeaving.Tonnes, "t", "$.calcination.ckd.leaving_t"),
                new TraceInput("LOI_RM", loi, "fraction", "$.calcination.rawMeal.loi"),
                d is { } dd ? new TraceInput("d", dd, "fraction", Sources.Computed("calcination.d"))
                    : new TraceInput("EF_CKD", ckdEf, "t CO2/t", Sources.Computed("calcination.d")));
            trace?.Add("calcination.a1", "Carbonate CO2 of the kiln feed net of dust leaving the kiln (method A1)", "(rawMeal − RM_eq,dust) × LOI_RM", clinkerCo2, "t CO2",
                new TraceInput("rawMeal", rawMeal, "t", "$.calcination.rawMeal.consumed_t"),
                new TraceInput("RM_eq,dust", dustRawMeal, "t", Sources.Computed("calcination.a1.dust")),
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
            ckdEf = d is { } rate ? CalcinationFormulas.CkdEmissionFactorOutput(clinkerEf, rate) : m.UndeterminedCkdEf!.Value;
            clinkerCo2 = produced * clinkerEf;
            trace?.Add("calcination.clinker", "Calcination CO2 of clinker produced", "clinker × EF_cli", clinkerCo2, "t CO2",
                new TraceInput("clinker", produced, "t", "$.clinker.produced_t"),
                new TraceInput("EF_cli", clinkerEf, "t CO2/t", Sources.Computed("calcination.ef")));
            var ratio = calc.RawMealToClinker ?? DefaultRawMealToClinker;
            tocCo2 = CalcinationFormulas.TocCo2(produced, ratio, toc, chem);
            trace?.Add("calcination.toc", IsGcca(m) ? "CO2 from organic carbon of the raw meal" : "CO2 from non-carbonate carbon of the raw meal",
                "clinker × rawMeal:clinker × TOC × C→CO2", tocCo2, "t CO2",
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
        var ckdFormula = d is null ? $"CKD × EF_CKD ({m.Id} default for an undetermined calcination rate)"
            : calc.Method == CalcinationMethod.A1 ? "CKD × LOI_RM d / (1 − LOI_RM d)" : "CKD × (EF_cli/(1+EF_cli) d) / (1 − EF_cli/(1+EF_cli) d)";
        var ckdInputs = new List<TraceInput> { new("CKD", calc.CkdLeaving.Tonnes, "t", "$.calcination.ckd.leaving_t") };
        if (d is { } known)
        {
            ckdInputs.Add(new("d", known, "fraction", Sources.Computed("calcination.d")));
            ckdInputs.Add(new("EF_CKD", ckdEf, "t CO2/t", "computed"));
        }
        else
        {
            ckdInputs.Add(new("EF_CKD", ckdEf, "t CO2/t", Sources.Computed("calcination.d")));
        }

        trace?.Add("calcination.ckd", "CKD leaving the kiln system", ckdFormula, ckdCo2, "t CO2", [.. ckdInputs]);

        var result = new CalcinationResult(clinkerEf, d, ckdEf, clinkerCo2, bypassCo2, ckdCo2, tocCo2) { DustRawMealEquivalent = dustRawMeal };
        trace?.Add("calcination.total", IsGcca(m) ? "CO2 from raw materials (line039)" : $"Process CO2 from raw materials ({m.Id})",
            "clinker + bypass + CKD + TOC", result.Total, "t CO2",
            new TraceInput("clinker", clinkerCo2, "t CO2", Sources.Computed(calc.Method == CalcinationMethod.A1 ? "calcination.a1" : "calcination.clinker")),
            new TraceInput("bypass", bypassCo2, "t CO2", Sources.Computed("calcination.bypass")),
            new TraceInput("CKD", ckdCo2, "t CO2", Sources.Computed("calcination.ckd")),
            new TraceInput("TOC", tocCo2, "t CO2", Sources.Computed("calcination.toc")));
        return result;
    }

    /// <summary>Method A1: raw meal that left the kiln as dust. A tonne of raw meal calcined to
    /// degree d weighs 1 − LOI_RM d, so RM_eq = dust / (1 − LOI_RM d); bypass dust has d = 1. With
    /// a methodology's fixed dust factor instead of d, the lost mass is that CO2: RM_eq = CKD (1 + EF).</summary>
    public static decimal DustRawMealEquivalent(PlantYear py, decimal? d, decimal ckdEf)
    {
        var calc = py.Calcination;
        var loi = calc.RawMealLoi!.Value;
        var bypass = calc.BypassDust.Tonnes / (1m - loi);
        var ckd = d is { } rate ? calc.CkdLeaving.Tonnes / (1m - loi * rate) : calc.CkdLeaving.Tonnes * (1m + ckdEf);
        return bypass + ckd;
    }

    /// <summary>Method A1, before any calculation: the raw meal equivalent of the dust leaving the kiln under methodology m.</summary>
    public static decimal DustRawMealEquivalent(PlantYear py, Methodology m)
    {
        var d = CkdRate(py, m, null);
        var ckdEf = d is { } rate ? CalcinationFormulas.CkdEmissionFactorInput(py.Calcination.RawMealLoi!.Value, rate) : m.UndeterminedCkdEf!.Value;
        return DustRawMealEquivalent(py, d, ckdEf);
    }

    private static bool IsGcca(Methodology m) => m.Id == Methodologies.Gcca.Id;

    public static decimal ClinkerEf(PlantYear py, Methodology m, CalculationTrace? trace)
    {
        var c = py.Clinker;
        if (py.Calcination.Method == CalcinationMethod.B1)
        {
            var ef = c.EmissionFactor ?? DefaultClinkerEf;
            trace?.Add("calcination.ef", IsGcca(m) ? "Clinker emission factor (B1)" : $"Clinker emission factor ({m.Id}, clinker output)",
                "plant-specific or default 0.525", ef, "t CO2/t clinker",
                new TraceInput("EF_cli", ef, "t CO2/t", c.EmissionFactor is null
                    ? Sources.Default(m.Id, "525 kg CO2/t clinker") : "$.clinker.emissionFactor_tCO2_per_t"));
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
        trace?.Add("calcination.ef", IsGcca(m) ? "Clinker emission factor from CaO and MgO, corrected for non-carbonate inputs (B2)"
                : $"Clinker emission factor from CaO and MgO, corrected for non-carbonate inputs ({m.Id}, clinker output)",
            "(clinker × (CaO × f_CaO + MgO × f_MgO) − Σ m_nc × (CaO_nc × f_CaO + MgO_nc × f_MgO)) / clinker", efB2, "t CO2/t clinker",
            new TraceInput("clinker", produced, "t", "$.clinker.produced_t"),
            new TraceInput("CaO", c.Cao.Value, "fraction", "$.clinker.cao"),
            new TraceInput("MgO", c.Mgo.Value, "fraction", "$.clinker.mgo"),
            new TraceInput("f_CaO", m.Chemistry.CaoToCo2, "t CO2/t CaO", m.Id),
            new TraceInput("f_MgO", m.Chemistry.MgoToCo2, "t CO2/t MgO", m.Id),
            new TraceInput("non-carbonate CO2", correction, "t CO2", "$.calcination.nonCarbonateInputs"));
        return efB2;
    }

    /// <summary>d: given, else from LOI of CKD and raw meal, else undetermined. Undetermined d is
    /// null when the methodology has a default dust factor (EU MRR tier 1); otherwise the GCCA
    /// protocol default applies: 0 for dry kilns and 1 otherwise (conservative).</summary>
    public static decimal? CkdRate(PlantYear py, Methodology m, CalculationTrace? trace)
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

        if (m.UndeterminedCkdEf is { } dustEf)
        {
            trace?.Add("calcination.d", "CKD calcination rate not determined: the methodology's default dust factor replaces it",
                "EF_CKD = default t CO2/t dust", dustEf, "t CO2/t dust",
                new TraceInput("EF_CKD", dustEf, "t CO2/t", Sources.Default(m.Id, "tier 1 default for CKD with undetermined calcination")));
            return null;
        }

        var fallback = py.Plant.KilnProcess == KilnProcess.Dry ? 0m : 1m;
        trace?.Add("calcination.d", "CKD calcination rate, protocol default by kiln process", "dry → 0; semi-dry, semi-wet, wet → 1", fallback, "fraction",
            new TraceInput("d", fallback, "fraction", Sources.Default(m.Id, $"kiln process {py.Plant.KilnProcess}")));
        return fallback;
    }
}
