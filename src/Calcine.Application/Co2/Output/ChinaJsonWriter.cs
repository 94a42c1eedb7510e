using System.Text.Json;
using Calcine.Domain.Accounting.China;

namespace Calcine.Application.Co2.Output;

/// <summary>Writes the Chinese methods' results, unrounded. cn-2013's <c>totalCo2_t</c> includes
/// electricity and heat (exports deducted); cn-2024's is the ETS compliance total, direct CO2 only.</summary>
public static class ChinaJsonWriter
{
    public static void Write2013(Utf8JsonWriter w, China2013Result r)
    {
        w.WriteString("calculationMethod", "carbonate decomposition from clinker CaO and MgO (with kiln-head and bypass dust) + non-fuel carbon of the raw meal; fuels; purchased electricity and heat, exports deducted");
        w.WriteNumber("carbonateBasis_t", r.CarbonateBasis);
        w.WriteNumber("carbonateEf_tCO2_per_t", r.CarbonateEf);
        w.WriteNumber("carbonateCo2_t", r.CarbonateCo2);
        w.WriteNumber("rawMeal_t", r.RawMeal);
        w.WriteNumber("rawMealNonFuelCarbon", r.NonFuelCarbon);
        w.WriteNumber("nonFuelCarbonCo2_t", r.NonFuelCarbonCo2);
        w.WriteNumber("processCo2_t", r.ProcessCo2);
        WriteFuels(w, r.Fuels);
        w.WriteNumber("directCo2_t", r.DirectCo2);
        w.WriteNumber("electricityCo2_t", r.Indirect.ElectricityCo2);
        w.WriteNumber("heatCo2_t", r.Indirect.HeatCo2);
        w.WriteBoolean("indirectInTotal", true);
        w.WriteNumber("totalCo2_t", r.TotalCo2);
        JsonOut.Number(w, "directCo2PerClinker_tCO2_per_t", r.DirectCo2PerClinker);
        JsonOut.Number(w, "totalCo2PerClinker_tCO2_per_t", r.TotalCo2PerClinker);
        WriteHeat(w, r.SpecificHeat);
        WriteIndirect(w, r.Indirect);
        WriteFuelLines(w, r.Fuels);
        MethodJson.Notes(w, r.Notes);
    }

    public static void WriteCets2024(Utf8JsonWriter w, ChinaCets2024Result r)
    {
        w.WriteString("calculationMethod", "clinker × default EF by clinker type − deductions for non-carbonate alternative raw materials; fuels; direct emissions only");
        w.WriteString("clinkerType", Cets2024Defaults.Name(r.ClinkerType));
        w.WriteNumber("clinker_t", r.Clinker);
        w.WriteNumber("clinkerEf_tCO2_per_t", r.ClinkerEf);
        w.WriteString("clinkerEfBasis", MethodJson.Basis(r.ClinkerEfBasis));
        w.WriteNumber("clinkerCo2_t", r.ClinkerCo2);
        w.WriteStartArray("alternativeRawMaterials");
        foreach (var d in r.Deductions)
        {
            w.WriteStartObject();
            w.WriteString("type", d.Material.Type);
            w.WriteNumber("mass_t", d.Material.Mass.Tonnes);
            w.WriteNumber("deductionFactor_tCO2_per_t", d.DeductionFactor);
            w.WriteString("deductionFactorBasis", MethodJson.Basis(d.Basis));
            w.WriteNumber("deductionCo2_t", d.Co2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("deductionCo2_t", r.DeductionCo2);
        w.WriteNumber("processCo2_t", r.ProcessCo2);
        WriteFuels(w, r.Fuels);
        w.WriteNumber("directCo2_t", r.DirectCo2);
        w.WriteNumber("electricityCo2_t", r.ExcludedIndirect.ElectricityCo2);
        w.WriteNumber("heatCo2_t", r.ExcludedIndirect.HeatCo2);
        w.WriteBoolean("indirectInTotal", false);
        w.WriteNumber("totalCo2_t", r.ComplianceCo2);
        JsonOut.Number(w, "directCo2PerClinker_tCO2_per_t", r.DirectCo2PerClinker);
        WriteHeat(w, r.SpecificHeat);
        WriteIndirect(w, r.ExcludedIndirect);
        WriteFuelLines(w, r.Fuels);
        w.WriteBoolean("unverifiedDefaultsUsed", r.UnverifiedDefaults.Count > 0);
        w.WriteStartArray("unverifiedDefaults");
        foreach (var d in r.UnverifiedDefaults)
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        MethodJson.Notes(w, r.Notes);
    }

    private static void WriteFuels(Utf8JsonWriter w, ChinaFuelResult f)
    {
        w.WriteNumber("fossilFuelCo2_t", f.FossilFuelCo2);
        w.WriteNumber("alternativeFuelCo2_t", f.AlternativeFuelCo2);
        w.WriteNumber("biomassCo2_t", f.BiogenicCo2);
    }

    private static void WriteHeat(Utf8JsonWriter w, ChinaSpecificHeat h)
    {
        w.WriteNumber("kilnFuelEnergy_GJ", h.KilnFuelEnergyGj);
        JsonOut.Number(w, "specificHeat_MJ_per_tClinker", h.MegajoulesPerTonneClinker);
        JsonOut.Number(w, "specificHeat_kgce_per_tClinker", h.KgcePerTonneClinker);
    }

    private static void WriteIndirect(Utf8JsonWriter w, ChinaIndirectResult i)
    {
        w.WriteStartObject("electricity");
        w.WriteNumber("purchased_MWh", i.ElectricityPurchasedMwh);
        w.WriteNumber("exported_MWh", i.ElectricityExportedMwh);
        w.WriteNumber("gridEf_tCO2_per_MWh", i.GridEf);
        w.WriteString("gridEfBasis", MethodJson.Basis(i.GridEfBasis));
        w.WriteNumber("co2_t", i.ElectricityCo2);
        w.WriteEndObject();
        w.WriteStartObject("heat");
        w.WriteNumber("purchased_GJ", i.HeatPurchasedGj);
        w.WriteNumber("exported_GJ", i.HeatExportedGj);
        w.WriteNumber("ef_tCO2_per_GJ", i.HeatEf);
        w.WriteNumber("co2_t", i.HeatCo2);
        w.WriteEndObject();
    }

    private static void WriteFuelLines(Utf8JsonWriter w, ChinaFuelResult f)
    {
        w.WriteStartArray("fuels");
        foreach (var line in f.Lines)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Fuel.Name);
            w.WriteString("formula", line.Formula switch
            {
                ChinaFuelFormula.CarbonContent => "FC × NCV × CC × OF × 44/12",
                ChinaFuelFormula.EmissionFactor => "FC × NCV × EF × OF",
                _ => "Q × HV × EF × (1 − biogenic share)",
            });
            w.WriteNumber("energy_GJ", line.EnergyGj);
            JsonOut.Number(w, "oxidationFactor", line.OxidationFactor);
            w.WriteNumber("co2_t", line.Co2);
            w.WriteNumber("biogenicCo2_t", line.BiogenicCo2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
