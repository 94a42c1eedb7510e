using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Ipcc;

/// <summary>IPCC 2006 Vol. 3 Eq. 2.2: CO2 = M_cl × EF_cl × CF_ckd, with
/// CF_ckd = 1 + (M_d / M_cl) × C_d × F_d × (EF_c / EF_cl) when the lost CKD is known.</summary>
public static class IpccTier2Calculator
{
    private const string Id = "ipcc-t2";

    /// <summary>Tier 2 needs only the clinker; the checks keep the CKD correction from dividing by zero
    /// and the non-carbonate correction from exceeding the CaO.</summary>
    public static IReadOnlyList<ValidationError> Check(PlantYear py)
    {
        var errors = new List<ValidationError>();
        var c = py.Clinker;
        var t2 = py.Ipcc?.Tier2;
        if (t2?.EfClinker is null && c.Cao is { } cao && c.CaoNonCarbonate > cao)
        {
            errors.Add(new("$.clinker.caoNonCarbonate", $"exceeds clinker.cao ({cao}); EF_cl for ipcc-t2 would be negative"));
        }

        if (t2 is { CkdCorrectionFactor: null } && t2.CkdNotRecycled.Tonnes > 0m)
        {
            if (c.Produced.Tonnes == 0m)
            {
                errors.Add(new("$.clinker.produced_t", "must be above 0 for the ipcc-t2 CKD correction (it divides by the clinker produced)"));
            }

            if (errors.Count == 0 && ClinkerEf(py, null).Value == 0m)
            {
                errors.Add(new("$.ipcc.tier2.efClinker_tCO2_per_t", "EF_cl must be above 0 for the ipcc-t2 CKD correction (it divides by EF_cl)"));
            }
        }

        return errors;
    }

    public static IpccTier2Result Calculate(PlantYear py, CalculationTrace? trace = null)
    {
        var clinker = py.Clinker.Produced.Tonnes;
        var (ef, efBasis) = ClinkerEf(py, trace);
        var (cf, cfBasis) = CkdCorrection(py, ef, trace);
        var co2 = clinker * ef * cf;
        trace?.Add($"{Id}.process", "Process CO2 of cement production, IPPU category 2.A.1 (Eq. 2.2)", "M_cl × EF_cl × CF_ckd", co2, "t CO2",
            new TraceInput("M_cl", clinker, "t clinker", "$.clinker.produced_t"),
            new TraceInput("EF_cl", ef, "t CO2/t clinker", Sources.Computed($"{Id}.efClinker")),
            new TraceInput("CF_ckd", cf, "factor", Sources.Computed($"{Id}.cfCkd")));
        var fuel = IpccFuelCombustion.Compute(py, Id, trace);
        return new IpccTier2Result(clinker, ef, efBasis, cf, cfBasis, co2, fuel, trace);
    }

    /// <summary>EF_cl: given; else (CaO − non-carbonate CaO) × 44.01/56.08 from the clinker analysis
    /// (IPCC warns against the CaO of cement and asks for the non-carbonate correction); else 0.51.</summary>
    public static (decimal Value, FactorBasis Basis) ClinkerEf(PlantYear py, CalculationTrace? trace)
    {
        var c = py.Clinker;
        if (py.Ipcc?.Tier2?.EfClinker is { } given)
        {
            trace?.Add($"{Id}.efClinker", "Clinker emission factor EF_cl, plant-specific", "given", given, "t CO2/t clinker",
                new TraceInput("EF_cl", given, "t CO2/t clinker", "$.ipcc.tier2.efClinker_tCO2_per_t"));
            return (given, FactorBasis.Given);
        }

        if (c.Cao is { } cao)
        {
            var nc = c.CaoNonCarbonate ?? 0m;
            var f = Methodologies.IpccTier2.Chemistry.CaoToCo2;
            var ef = (cao - nc) * f;
            trace?.Add($"{Id}.efClinker", "Clinker emission factor EF_cl from the clinker's carbonate-derived CaO",
                "(CaO − CaO_non-carbonate) × 44.01/56.08", ef, "t CO2/t clinker",
                new TraceInput("CaO", cao, "fraction", "$.clinker.cao"),
                new TraceInput("CaO_non-carbonate", nc, "fraction", c.CaoNonCarbonate is null
                    ? Sources.Default(Id, "no non-carbonate CaO stated, taken as 0") : "$.clinker.caoNonCarbonate"),
                new TraceInput("44.01/56.08", f, "t CO2/t CaO", $"{Id} molar masses"));
            return (ef, FactorBasis.Computed);
        }

        trace?.Add($"{Id}.efClinker", "Clinker emission factor EF_cl, IPCC default", "65 % CaO × 44.01/56.08 = 0.5101, published 0.51",
            IpccDefaults.Tier2ClinkerEf, "t CO2/t clinker",
            new TraceInput("EF_cl", IpccDefaults.Tier2ClinkerEf, "t CO2/t clinker",
                Sources.Default(Id, $"EF_cl 0.51 (no ipcc.tier2.efClinker_tCO2_per_t, no clinker.cao), {IpccDefaults.Source}")));
        return (IpccDefaults.Tier2ClinkerEf, FactorBasis.Default);
    }

    /// <summary>CF_ckd: given; else from the CKD not recycled to the kiln; else the default 1.02.
    /// A document without CKD data gets the default: to state that no CKD is lost, give the factor 1.</summary>
    public static (decimal Value, FactorBasis Basis) CkdCorrection(PlantYear py, decimal efClinker, CalculationTrace? trace)
    {
        var t2 = py.Ipcc?.Tier2;
        if (t2?.CkdCorrectionFactor is { } given)
        {
            trace?.Add($"{Id}.cfCkd", "CKD correction factor, plant-specific", "given", given, "factor",
                new TraceInput("CF_ckd", given, "factor", "$.ipcc.tier2.ckdCorrectionFactor"));
            return (given, FactorBasis.Given);
        }

        if (t2 is not null && t2.CkdNotRecycled.Tonnes > 0m)
        {
            var md = t2.CkdNotRecycled.Tonnes;
            var mcl = py.Clinker.Produced.Tonnes;
            var cd = t2.CkdCarbonateFraction!.Value;
            var fd = t2.CkdCalcinationFraction!.Value;
            var efc = IpccDefaults.CkdCarbonateEf;
            var cf = 1m + md / mcl * cd * fd * (efc / efClinker);
            trace?.Add($"{Id}.cfCkd", "CKD correction factor from the CKD not recycled to the kiln",
                "1 + (M_d / M_cl) × C_d × F_d × (EF_c / EF_cl)", cf, "factor",
                new TraceInput("M_d", md, "t", "$.ipcc.tier2.ckdNotRecycled_t"),
                new TraceInput("M_cl", mcl, "t", "$.clinker.produced_t"),
                new TraceInput("C_d", cd, "fraction", "$.ipcc.tier2.ckdCarbonateFraction"),
                new TraceInput("F_d", fd, "fraction", "$.ipcc.tier2.ckdCalcinationFraction"),
                new TraceInput("EF_c", efc, "t CO2/t CaCO3", Sources.Default(Id, $"CKD carbonate taken as calcite, {IpccCarbonates.Source}")),
                new TraceInput("EF_cl", efClinker, "t CO2/t clinker", Sources.Computed($"{Id}.efClinker")));
            return (cf, FactorBasis.Computed);
        }

        trace?.Add($"{Id}.cfCkd", "CKD correction factor, IPCC default", "1.02 (CKD adds 2 %)", IpccDefaults.CkdCorrectionFactor, "factor",
            new TraceInput("CF_ckd", IpccDefaults.CkdCorrectionFactor, "factor",
                Sources.Default(Id, $"CF_ckd 1.02 (no ipcc.tier2.ckdCorrectionFactor, no ipcc.tier2.ckdNotRecycled_t), {IpccDefaults.Source}")));
        return (IpccDefaults.CkdCorrectionFactor, FactorBasis.Default);
    }
}
