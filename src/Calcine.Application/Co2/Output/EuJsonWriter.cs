using System.Text.Json;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.EuEts;
using Calcine.Domain.Accounting.Gcca;

namespace Calcine.Application.Co2.Output;

/// <summary>Writes the EU ETS installation emissions and the CBAM data set for EU importers.</summary>
public static class EuJsonWriter
{
    /// <summary>How EU MRR computed the process emissions: method B (clinker output) or, for A1
    /// documents, the kiln-input arithmetic of GCCA A1 (MRR method A is not modelled separately).</summary>
    public static string MrrCalculationMethod(PlantYear py) => py.Calcination.Method switch
    {
        CalcinationMethod.A1 => "calculation: process emissions method A (kiln input, GCCA A1 arithmetic), combustion AD × NCV × EF × OF",
        CalcinationMethod.B2 => "calculation: process emissions method B (clinker output, EF from CaO and MgO), combustion AD × NCV × EF × OF",
        _ => "calculation: process emissions method B (clinker output, default or plant EF), combustion AD × NCV × EF × OF",
    };

    public static void WriteMrr(Utf8JsonWriter w, PlantYear py, EuMrrResult r)
    {
        w.WriteString("calculationMethod", MrrCalculationMethod(py));
        w.WriteNumber("clinkerProduced_t", py.Clinker.Produced.Tonnes);
        w.WriteNumber("processCo2_t", r.Process.Total);
        WriteProcess(w, r.Process);
        w.WriteNumber("combustionCo2_t", r.CombustionCo2);
        w.WriteNumber("totalCo2_t", r.TotalCo2);
        JsonOut.Number(w, "totalCo2_tCO2_per_tClinker", r.TotalPerClinker);
        w.WriteNumber("biomassZeroRatedCo2_t", r.BiomassZeroRatedCo2);
        w.WriteNumber("biomassCountedCo2_t", r.BiomassCountedCo2);
        w.WriteStartArray("sourceStreams");
        foreach (var s in r.SourceStreams)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Fuel.Name);
            w.WriteString("use", Names.Of(s.Fuel.Use));
            w.WriteString("category", Names.Of(s.Fuel.Category));
            w.WriteNumber("activity_t", s.Fuel.Mass.Tonnes);
            w.WriteNumber("energy_GJ", s.EnergyGj);
            w.WriteNumber("ef_tCO2_per_TJ", s.Fuel.EmissionFactor.KilogramsCo2PerGigajoule);
            w.WriteNumber("oxidationFactor", s.OxidationFactor);
            w.WriteNumber("biomassFraction", s.BiomassFraction);
            w.WriteBoolean("biomassZeroRated", s.BiomassZeroRated);
            w.WriteNumber("reportedCo2_t", s.ReportedCo2);
            w.WriteNumber("biomassCo2_t", s.BiomassCo2);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        MethodJson.Notes(w, [.. ProcessNotes(py, r.Process)]);
    }

    /// <summary>Process emissions by part. <c>ckdCalcinationRate</c> is null when the calcination rate
    /// was not determined and the methodology's default dust factor was used instead.</summary>
    private static void WriteProcess(Utf8JsonWriter w, CalcinationResult p)
    {
        w.WriteStartObject("process");
        w.WriteNumber("clinkerEf_tCO2_per_t", p.ClinkerEf);
        w.WriteNumber("clinkerCo2_t", p.ClinkerCo2);
        w.WriteNumber("bypassDustCo2_t", p.BypassCo2);
        w.WriteNumber("ckdCo2_t", p.CkdCo2);
        JsonOut.Number(w, "ckdCalcinationRate", p.CkdCalcinationRate);
        w.WriteNumber("ckdEf_tCO2_per_t", p.CkdEf);
        w.WriteNumber("nonCarbonateCarbonCo2_t", p.TocCo2);
        w.WriteEndObject();
    }

    private static IEnumerable<string> ProcessNotes(PlantYear py, CalcinationResult p)
    {
        if (p.CkdCalcinationRate is null && py.Calcination.CkdLeaving.Tonnes > 0m)
        {
            yield return $"The calcination rate of the {JsonOut.Invariant(py.Calcination.CkdLeaving.Tonnes)} t of CKD leaving the kiln is not determined " +
                $"(no calcination.ckd.calcinationRate, no CKD and raw-meal LOI): the MRR tier 1 default {JsonOut.Invariant(p.CkdEf)} t CO2/t dust is used.";
        }
    }

    public static void WriteCbam(Utf8JsonWriter w, PlantYear py, CbamResult r)
    {
        w.WriteString("calculationMethod", "calculation: CBAM Implementing Reg. 2023/1773 Annex III, direct emissions by EU MRR rules; " + MrrCalculationMethod(py)["calculation: ".Length..]);
        w.WriteStartObject("installation");
        w.WriteString("id", py.Plant.Id);
        w.WriteString("name", py.Cbam?.InstallationName ?? py.Plant.Name);
        w.WriteString("country", py.Plant.Country);
        w.WriteString("unLocode", py.Cbam?.UnLocode);
        w.WriteEndObject();
        w.WriteNumber("reportingYear", py.Year);
        w.WriteStartArray("goods");
        if (r.Clinker is not null)
        {
            WriteGood(w, r.Clinker);
        }

        if (r.Cement is not null)
        {
            WriteGood(w, r.Cement);
        }

        w.WriteEndArray();
        w.WriteStartArray("precursors");
        foreach (var p in r.Precursors)
        {
            w.WriteStartObject();
            w.WriteString("good", p.Good);
            w.WriteString("cnCode", p.CnCode);
            w.WriteString("origin", p.Origin);
            w.WriteNumber("quantity_t", p.QuantityTonnes);
            WriteSee(w, p.See);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("electricity");
        w.WriteNumber("kilnConsumption_MWh", r.KilnElectricityMwh);
        w.WriteNumber("cementMillConsumption_MWh", r.MillElectricityMwh);
        w.WriteNumber("ef_tCO2_per_MWh", r.GridEf);
        w.WriteString("efSource", py.Electricity.GridEfSource ?? "as stated by the operator in the plant-year document (electricity.gridEf_tCO2_per_MWh)");
        w.WriteEndObject();
        w.WriteNumber("attributedClinkerCo2_t", r.AttributedClinkerCo2);
        w.WriteNumber("attributedCementMillCo2_t", r.AttributedCementCo2);
        w.WriteNumber("biomassZeroRatedCo2_t", r.BiomassZeroRatedCo2);
        w.WriteNumber("biomassCountedCo2_t", r.BiomassCountedCo2);
        WriteProcess(w, r.Process);
        JsonOut.Errors(w, "notDetermined", r.NotDetermined);
        MethodJson.Notes(w, [.. ProcessNotes(py, r.Process), .. CbamNotes.Of(py, r)]);
    }

    private static void WriteGood(Utf8JsonWriter w, CbamGood g)
    {
        w.WriteStartObject();
        w.WriteString("cnCode", g.CnCode);
        w.WriteString("description", g.Description);
        w.WriteNumber("produced_t", g.ProducedTonnes);
        WriteSee(w, g.See);
        w.WriteString("determinationType", "actual data");
        w.WriteString("directDetermination", g.See.DirectDetermination);
        w.WriteString("indirectDetermination", g.See.IndirectDetermination);
        w.WriteStartObject("qualifyingParameters");
        if (g.ClinkerFactor is { } cf)
        {
            w.WriteNumber("clinkerFactor", cf);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteSee(Utf8JsonWriter w, EmbeddedEmissions see)
    {
        JsonOut.Number(w, "seeDirect_tCO2_per_t", see.Direct);
        JsonOut.Number(w, "seeIndirect_tCO2_per_t", see.Indirect);
        JsonOut.Number(w, "seeTotal_tCO2_per_t", see.Total);
    }
}
