using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Ipcc;

/// <summary>IPCC 2006 Vol. 3 Eq. 2.1: CO2 = [Σ (M_ci × C_cl,i) − Im + Ex] × EF_clc.</summary>
public static class IpccTier1Calculator
{
    private const string Id = "ipcc-t1";

    /// <summary>What the document must hold for Tier 1; empty when it can be computed.</summary>
    public static IReadOnlyList<ValidationError> Check(PlantYear py)
    {
        if (py.Ipcc?.Tier1 is not { } t1)
        {
            return [new("$.ipcc.tier1", "is required for ipcc-t1 (cement production by type and clinker fraction)")];
        }

        var inCement = t1.Cements.Sum(c => c.Mass.Tonnes * c.ClinkerFraction);
        return inCement - t1.ClinkerImports.Tonnes + t1.ClinkerExports.Tonnes < 0m
            ? [new("$.ipcc.tier1.clinkerImports_t", "clinker imports exceed the clinker in cement plus exports; the clinker produced would be negative")]
            : [];
    }

    public static IpccTier1Result Calculate(PlantYear py, CalculationTrace? trace = null)
    {
        var t1 = py.Ipcc?.Tier1 ?? throw new ArgumentException("ipcc.tier1 is missing; call Check first", nameof(py));
        var lines = new IpccCementLine[t1.Cements.Count];
        decimal inCement = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var c = t1.Cements[i];
            var clinker = c.Mass.Tonnes * c.ClinkerFraction;
            lines[i] = new IpccCementLine(c, clinker);
            inCement += clinker;
            trace?.Add($"{Id}.cement[{i}]", $"Clinker in cement {c.Name}", "M_ci × C_cl,i", clinker, "t clinker",
                new TraceInput("M_ci", c.Mass.Tonnes, "t cement", $"$.ipcc.tier1.cements[{i}].mass_t"),
                new TraceInput("C_cl,i", c.ClinkerFraction, "fraction", $"$.ipcc.tier1.cements[{i}].clinkerFraction"));
        }

        var im = t1.ClinkerImports.Tonnes;
        var ex = t1.ClinkerExports.Tonnes;
        var produced = inCement - im + ex;
        trace?.Add($"{Id}.clinker", "Clinker produced, estimated from cement", "Σ M_ci × C_cl,i − Im + Ex", produced, "t clinker",
            new TraceInput("Σ M_ci × C_cl,i", inCement, "t clinker", $"Σ {Id}.cement[i]"),
            new TraceInput("Im", im, "t clinker", "$.ipcc.tier1.clinkerImports_t"),
            new TraceInput("Ex", ex, "t clinker", "$.ipcc.tier1.clinkerExports_t"));

        var ef = t1.EfClc ?? IpccDefaults.Tier1ClinkerEf;
        var basis = t1.EfClc is null ? FactorBasis.Default : FactorBasis.Given;
        var co2 = produced * ef;
        trace?.Add($"{Id}.process", "Process CO2 of cement production, IPPU category 2.A.1 (Eq. 2.1)", "clinker × EF_clc", co2, "t CO2",
            new TraceInput("clinker", produced, "t", Sources.Computed($"{Id}.clinker")),
            new TraceInput("EF_clc", ef, "t CO2/t clinker", t1.EfClc is null
                ? Sources.Default(Id, $"EF_clc {IpccDefaults.Tier1ClinkerEf} (0.51 × CKD correction 1.02), {IpccDefaults.Source}")
                : "$.ipcc.tier1.efClc_tCO2_per_t"));

        var fuel = IpccFuelCombustion.Compute(py, Id, trace);
        return new IpccTier1Result(lines, inCement, im, ex, produced, ef, basis, co2, fuel, trace);
    }
}
