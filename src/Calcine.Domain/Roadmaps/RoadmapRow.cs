namespace Calcine.Domain.Roadmaps;

/// <summary>One plant (or a total) in one year: the quantities of its final state and its costs
/// (the contract's ROW). Intensity is Σ CO2 / Σ cement, also for totals.</summary>
public sealed record RoadmapRow(
    double Cement_t,
    double Clinker_t,
    double Scope1_tCO2,
    double Biogenic_tCO2,
    double Captured_tCO2,
    double Scope2_tCO2,
    double Co2_tCO2,
    double CapexAnnuity_USD,
    double Opex_USD,
    double Energy_USD,
    double Carbon_USD)
{
    public double Intensity_tCO2_per_tCement => Co2_tCO2 / Cement_t;

    /// <summary>cost = Σ capexAnnuity + Σ opex + energy + carbon.</summary>
    public double Cost_USD => CapexAnnuity_USD + Opex_USD + Energy_USD + Carbon_USD;

    public static RoadmapRow Of(in StateQuantities q, double capexAnnuity, double opex) =>
        new(q.Cement_t, q.Clinker_t, q.Scope1_tCO2, q.Biogenic_tCO2, q.Captured_tCO2, q.Scope2_tCO2, q.Co2_tCO2, capexAnnuity, opex, q.Energy_USD, q.Carbon_USD);

    public static RoadmapRow Sum(IEnumerable<RoadmapRow> rows)
    {
        double d = 0, k = 0, s1 = 0, bio = 0, cap = 0, s2 = 0, co2 = 0, ann = 0, opex = 0, energy = 0, carbon = 0;
        foreach (var r in rows)
        {
            d += r.Cement_t;
            k += r.Clinker_t;
            s1 += r.Scope1_tCO2;
            bio += r.Biogenic_tCO2;
            cap += r.Captured_tCO2;
            s2 += r.Scope2_tCO2;
            co2 += r.Co2_tCO2;
            ann += r.CapexAnnuity_USD;
            opex += r.Opex_USD;
            energy += r.Energy_USD;
            carbon += r.Carbon_USD;
        }

        return new(d, k, s1, bio, cap, s2, co2, ann, opex, energy, carbon);
    }
}
