using System.Text.Json;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Application.Co2.Output;

/// <summary>Writes the keys of the co2 calc contract (spec/plant-year-format.md), unrounded.</summary>
public static class GccaJsonWriter
{
    /// <summary>The protocol's calcination method, which is what differs between GCCA results.</summary>
    public static string CalculationMethod(CalcinationMethod method) => method switch
    {
        CalcinationMethod.A1 => "A1 (raw meal input × LOI, dust leaving the kiln taken out of the feed)",
        CalcinationMethod.B2 => "B2 (clinker output, EF from clinker CaO and MgO)",
        _ => "B1 (clinker output × default or plant EF)",
    };

    public static void WriteContractFields(Utf8JsonWriter w, PlantYear py, GccaResult r)
    {
        w.WriteString("calculationMethod", CalculationMethod(py.Calcination.Method));
        w.WriteNumber("clinkerConsumed_t", r.ClinkerConsumed);
        w.WriteNumber("cement_t", r.Cement);
        w.WriteNumber("cementitious_t", r.Cementitious);
        w.WriteNumber("calcinationEf_tCO2_per_tClinker", r.Calcination.ClinkerEf);
        JsonOut.Number(w, "ckdCalcinationRate", r.Calcination.CkdCalcinationRate);
        w.WriteNumber("rawMaterialCo2_t", r.Calcination.Total);
        w.WriteNumber("kilnFuelCo2_t", r.KilnFuelCo2);
        w.WriteNumber("nonKilnFuelCo2_t", r.NonKilnFuelCo2);
        w.WriteNumber("onSitePowerCo2_t", r.OnSitePowerCo2);
        w.WriteNumber("grossCo2_t", r.GrossCo2);
        w.WriteNumber("netCo2_t", r.NetCo2);
        w.WriteNumber("biomassCo2_t", r.BiomassCo2);
        w.WriteNumber("alternativeFossilCo2_t", r.AlternativeFossilCo2);
        w.WriteNumber("indirectCo2_t", r.IndirectCo2);

        w.WriteStartObject("kpi");
        var k = r.Kpis;
        JsonOut.Number(w, "grossCo2PerClinker_kg", k.GrossCo2PerClinkerKg);
        JsonOut.Number(w, "grossCo2PerCementitious_kg", k.GrossCo2PerCementitiousKg);
        JsonOut.Number(w, "netCo2PerCementitious_kg", k.NetCo2PerCementitiousKg);
        JsonOut.Number(w, "specificHeat_MJ_per_tClinker", k.SpecificHeatMjPerTonneClinker);
        JsonOut.Number(w, "alternativeFuelRate", k.AlternativeFuelRate);
        JsonOut.Number(w, "biomassFuelRate", k.BiomassFuelRate);
        JsonOut.Number(w, "clinkerFactor", k.ClinkerFactor);
        JsonOut.Number(w, "electricity_kWh_per_tCement", k.ElectricityKwhPerTonneCement);
        w.WriteEndObject();

        w.WriteStartObject("cbam");
        WriteSee(w, "clinker", r.CbamClinker);
        WriteSee(w, "cement", r.CbamCement);
        w.WriteEndObject();

        w.WriteStartObject("details");
        w.WriteNumber("calcinationClinkerCo2_t", r.Calcination.ClinkerCo2);
        w.WriteNumber("bypassDustCo2_t", r.Calcination.BypassCo2);
        w.WriteNumber("ckdCo2_t", r.Calcination.CkdCo2);
        w.WriteNumber("ckdEf_tCO2_per_t", r.Calcination.CkdEf);
        w.WriteNumber("tocCo2_t", r.Calcination.TocCo2);
        w.WriteNumber("kilnFuelEnergy_GJ", r.KilnFuelEnergyGj);
        w.WriteStartArray("fuels");
        foreach (var line in r.FuelLines)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Fuel.Name);
            w.WriteNumber("energy_GJ", line.EnergyGj);
            w.WriteNumber("co2_t", line.TotalCo2);
            w.WriteNumber("fossilCo2_t", line.FossilCo2);
            w.WriteNumber("biogenicCo2_t", line.BiogenicCo2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSee(Utf8JsonWriter w, string name, CbamSee see)
    {
        w.WriteStartObject(name);
        JsonOut.Number(w, "direct", see.Direct);
        JsonOut.Number(w, "indirect", see.Indirect);
        w.WriteEndObject();
    }
}
