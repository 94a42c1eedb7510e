using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Ipcc;

/// <summary>IPCC 2006 Vol. 3 Eq. 2.3, carbonate input based:
/// CO2 = Σ (EF_i × M_i × F_i) − M_d × C_d × (1 − F_d) × EF_d + Σ (M_k × X_k × EF_k), EF_k = 44/12 (3.664).</summary>
public static class IpccTier3Calculator
{
    private const string Id = "ipcc-t3";

    public static IReadOnlyList<ValidationError> Check(PlantYear py)
    {
        if (py.Ipcc?.Tier3 is null)
        {
            return [new("$.ipcc.tier3", "is required for ipcc-t3 (carbonates fed to the kiln)")];
        }

        var r = Calculate(py);
        return r.ProcessCo2 < 0m
            ? [new("$.ipcc.tier3.ckd", $"the uncalcined carbonate lost in CKD ({r.CkdUncalcinedCo2} t CO2) exceeds the CO2 of the carbonates and other carbon; the process CO2 would be negative")]
            : [];
    }

    public static IpccTier3Result Calculate(PlantYear py, CalculationTrace? trace = null)
    {
        var t3 = py.Ipcc?.Tier3 ?? throw new ArgumentException("ipcc.tier3 is missing; call Check first", nameof(py));
        var notes = new List<string>();
        var carbonates = new IpccCarbonateLine[t3.Carbonates.Count];
        decimal carbonateCo2 = 0;
        for (var i = 0; i < carbonates.Length; i++)
        {
            var c = t3.Carbonates[i];
            var ef = IpccCarbonates.EmissionFactor(c.Type);
            var co2 = ef * c.Mass.Tonnes * c.CalcinationFraction;
            carbonates[i] = new IpccCarbonateLine(c, ef, co2);
            carbonateCo2 += co2;
            if (c.Type == CarbonateType.Ankerite)
            {
                notes.Add(IpccCarbonates.AnkeriteNote($"$.ipcc.tier3.carbonates[{i}]"));
            }

            trace?.Add($"{Id}.carbonate[{i}]", $"CO2 from {IpccCarbonates.Name(c.Type)} fed to the kiln", "EF_i × M_i × F_i", co2, "t CO2",
                new TraceInput("EF_i", ef, "t CO2/t carbonate", $"{IpccCarbonates.Source}, {IpccCarbonates.Name(c.Type)}"),
                new TraceInput("M_i", c.Mass.Tonnes, "t", $"$.ipcc.tier3.carbonates[{i}].mass_t"),
                // The reader sets F_i = 1 when the document gives no calcination fraction.
                new TraceInput("F_i", c.CalcinationFraction, "fraction", $"$.ipcc.tier3.carbonates[{i}].calcinationFraction (1 when absent: full calcination)"));
        }

        var efd = IpccCarbonates.EmissionFactor(t3.CkdCarbonate);
        if (t3.CkdCarbonate == CarbonateType.Ankerite && t3.CkdNotRecycled.Tonnes > 0m)
        {
            notes.Add(IpccCarbonates.AnkeriteNote("$.ipcc.tier3.ckd.carbonate"));
        }

        var md = t3.CkdNotRecycled.Tonnes;
        var ckdCo2 = md * t3.CkdCarbonateFraction * (1m - t3.CkdCalcinationFraction) * efd;
        trace?.Add($"{Id}.ckd", "Uncalcined carbonate lost in CKD not recycled to the kiln (deducted)", "M_d × C_d × (1 − F_d) × EF_d", ckdCo2, "t CO2",
            new TraceInput("M_d", md, "t", "$.ipcc.tier3.ckd.notRecycled_t"),
            new TraceInput("C_d", t3.CkdCarbonateFraction, "fraction", "$.ipcc.tier3.ckd.carbonateFraction"),
            new TraceInput("F_d", t3.CkdCalcinationFraction, "fraction", "$.ipcc.tier3.ckd.calcinationFraction"),
            new TraceInput("EF_d", efd, "t CO2/t carbonate", $"{IpccCarbonates.Source}, {IpccCarbonates.Name(t3.CkdCarbonate)} ($.ipcc.tier3.ckd.carbonate, calcite when absent)"));

        var c2co2 = Methodologies.IpccTier3.Chemistry.CarbonToCo2;
        var others = new IpccOtherCarbonLine[t3.OtherCarbon.Count];
        decimal otherCo2 = 0;
        for (var k = 0; k < others.Length; k++)
        {
            var o = t3.OtherCarbon[k];
            var co2 = o.Mass.Tonnes * o.CarbonFraction * c2co2;
            others[k] = new IpccOtherCarbonLine(o, co2);
            otherCo2 += co2;
            trace?.Add($"{Id}.otherCarbon[{k}]", $"CO2 from non-fuel carbon in {o.Name}", "M_k × X_k × EF_k", co2, "t CO2",
                new TraceInput("M_k", o.Mass.Tonnes, "t", $"$.ipcc.tier3.otherCarbon[{k}].mass_t"),
                new TraceInput("X_k", o.CarbonFraction, "fraction", $"$.ipcc.tier3.otherCarbon[{k}].carbonFraction"),
                new TraceInput("EF_k", c2co2, "t CO2/t C", $"{Id} C→CO2 (44/12, as 3.664)"));
        }

        var process = carbonateCo2 - ckdCo2 + otherCo2;
        trace?.Add($"{Id}.process", "Process CO2 of cement production, IPPU category 2.A.1 (Eq. 2.3)",
            "Σ EF_i × M_i × F_i − M_d × C_d × (1 − F_d) × EF_d + Σ M_k × X_k × EF_k", process, "t CO2",
            new TraceInput("carbonates", carbonateCo2, "t CO2", $"Σ {Id}.carbonate[i]"),
            new TraceInput("CKD (deducted)", ckdCo2, "t CO2", Sources.Computed($"{Id}.ckd")),
            new TraceInput("other carbon", otherCo2, "t CO2", $"Σ {Id}.otherCarbon[k]"));

        var fuel = IpccFuelCombustion.Compute(py, Id, trace);
        return new IpccTier3Result(carbonates, carbonateCo2, efd, ckdCo2, others, otherCo2, process, notes, fuel, trace);
    }
}
