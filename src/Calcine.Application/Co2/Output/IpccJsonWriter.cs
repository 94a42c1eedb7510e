using System.Text.Json;
using Calcine.Domain.Accounting.Ipcc;

namespace Calcine.Application.Co2.Output;

/// <summary>Writes the IPCC tiers' results, unrounded. <c>processCo2_t</c> is the 2.A.1 total;
/// fuel combustion is a separate 1.A.2.f memo object that is never added to it.</summary>
public static class IpccJsonWriter
{
    public const string ProcessCategory = "2.A.1 cement production (IPPU)";

    public static void WriteTier1(Utf8JsonWriter w, IpccTier1Result r)
    {
        w.WriteString("calculationMethod", "Tier 1 (Eq. 2.1): clinker from cement by type × clinker fraction − imports + exports, × EF_clc");
        w.WriteString("category", ProcessCategory);
        w.WriteNumber("processCo2_t", r.ProcessCo2);
        w.WriteNumber("clinker_t", r.Clinker);
        w.WriteNumber("clinkerInCement_t", r.ClinkerInCement);
        w.WriteNumber("clinkerImports_t", r.ClinkerImports);
        w.WriteNumber("clinkerExports_t", r.ClinkerExports);
        w.WriteNumber("efClc_tCO2_per_t", r.EfClc);
        w.WriteString("efClcBasis", MethodJson.Basis(r.EfClcBasis));
        w.WriteStartArray("cements");
        foreach (var line in r.Cements)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Cement.Name);
            w.WriteNumber("mass_t", line.Cement.Mass.Tonnes);
            w.WriteNumber("clinkerFraction", line.Cement.ClinkerFraction);
            w.WriteNumber("clinker_t", line.Clinker);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFuelMemo(w, r.FuelCombustion);
    }

    public static void WriteTier2(Utf8JsonWriter w, IpccTier2Result r)
    {
        w.WriteString("calculationMethod", "Tier 2 (Eq. 2.2): clinker produced × EF_cl × CKD correction factor");
        w.WriteString("category", ProcessCategory);
        w.WriteNumber("processCo2_t", r.ProcessCo2);
        w.WriteNumber("clinker_t", r.Clinker);
        w.WriteNumber("efClinker_tCO2_per_t", r.EfClinker);
        w.WriteString("efClinkerBasis", MethodJson.Basis(r.EfClinkerBasis));
        w.WriteNumber("ckdCorrectionFactor", r.CkdCorrectionFactor);
        w.WriteString("ckdCorrectionBasis", MethodJson.Basis(r.CkdCorrectionBasis));
        WriteFuelMemo(w, r.FuelCombustion);
    }

    public static void WriteTier3(Utf8JsonWriter w, IpccTier3Result r)
    {
        w.WriteString("calculationMethod", "Tier 3 (Eq. 2.3): carbonates fed × EF × calcination fraction − uncalcined CKD + other carbon");
        w.WriteString("category", ProcessCategory);
        w.WriteNumber("processCo2_t", r.ProcessCo2);
        w.WriteNumber("carbonateCo2_t", r.CarbonateCo2);
        w.WriteNumber("ckdUncalcinedCo2_t", r.CkdUncalcinedCo2);
        w.WriteNumber("ckdEf_tCO2_per_t", r.CkdEmissionFactor);
        w.WriteNumber("otherCarbonCo2_t", r.OtherCarbonCo2);
        w.WriteStartArray("carbonates");
        foreach (var line in r.Carbonates)
        {
            w.WriteStartObject();
            w.WriteString("type", IpccCarbonates.Name(line.Input.Type));
            w.WriteNumber("mass_t", line.Input.Mass.Tonnes);
            w.WriteNumber("ef_tCO2_per_t", line.EmissionFactor);
            w.WriteNumber("calcinationFraction", line.Input.CalcinationFraction);
            w.WriteNumber("co2_t", line.Co2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("otherCarbon");
        foreach (var line in r.OtherCarbon)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Input.Name);
            w.WriteNumber("mass_t", line.Input.Mass.Tonnes);
            w.WriteNumber("carbonFraction", line.Input.CarbonFraction);
            w.WriteNumber("co2_t", line.Co2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFuelMemo(w, r.FuelCombustion);
        MethodJson.Notes(w, r.Notes);
    }

    private static void WriteFuelMemo(Utf8JsonWriter w, IpccFuelMemo memo)
    {
        w.WriteStartObject("fuelCombustionMemo");
        w.WriteString("category", $"{IpccFuelMemo.Category} non-metallic minerals (Energy)");
        w.WriteBoolean("includedInProcessCo2", false);
        w.WriteNumber("fossilCo2_t", memo.FossilCo2);
        w.WriteNumber("biomassCo2_t", memo.BiogenicCo2);
        w.WriteStartArray("fuels");
        foreach (var line in memo.Lines)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Fuel.Name);
            w.WriteNumber("energy_GJ", line.EnergyGj);
            w.WriteNumber("oxidationFactor", line.OxidationFactor);
            w.WriteNumber("fossilCo2_t", line.FossilCo2);
            w.WriteNumber("biogenicCo2_t", line.BiogenicCo2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
