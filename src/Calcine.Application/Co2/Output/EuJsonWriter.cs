using System.Text.Json;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Accounting.EuEts;

namespace Calcine.Application.Co2.Output;

/// <summary>Writes the EU ETS installation emissions and the CBAM data set for EU importers.</summary>
public static class EuJsonWriter
{
    public static void WriteMrr(Utf8JsonWriter w, PlantYear py, EuMrrResult r)
    {
        w.WriteNumber("clinkerProduced_t", py.Clinker.Produced.Tonnes);
        w.WriteNumber("processCo2_t", r.Process.Total);
        w.WriteStartObject("process");
        w.WriteNumber("clinkerEf_tCO2_per_t", r.Process.ClinkerEf);
        w.WriteNumber("clinker_t", r.Process.ClinkerCo2);
        w.WriteNumber("bypassDust_t", r.Process.BypassCo2);
        w.WriteNumber("ckd_t", r.Process.CkdCo2);
        w.WriteNumber("ckdCalcinationRate", r.Process.CkdCalcinationRate);
        w.WriteNumber("nonCarbonateCarbon_t", r.Process.TocCo2);
        w.WriteEndObject();
        w.WriteNumber("combustionCo2_t", r.CombustionCo2);
        w.WriteNumber("totalCo2_t", r.TotalCo2);
        JsonOut.Number(w, "totalCo2PerClinker_t", r.TotalPerClinker);
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
    }

    public static void WriteCbam(Utf8JsonWriter w, PlantYear py, CbamResult r)
    {
        w.WriteStartObject("installation");
        w.WriteString("id", py.Plant.Id);
        w.WriteString("name", py.Cbam?.InstallationName ?? py.Plant.Name);
        w.WriteString("country", py.Plant.Country);
        w.WriteString("unLocode", py.Cbam?.UnLocode);
        w.WriteEndObject();
        w.WriteNumber("reportingYear", py.Year);
        w.WriteStartArray("goods");
        WriteGood(w, r.Clinker);
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
        w.WriteStartArray("notes");
        foreach (var note in Notes(py, r))
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
    }

    private static IEnumerable<string> Notes(PlantYear py, CbamResult r)
    {
        var unsplit = py.Electricity.MegawattHoursFor(ElectricityUse.Plant);
        if (unsplit > 0m)
        {
            yield return $"{JsonOut.Invariant(unsplit)} MWh of electricity are reported for the whole plant (use \"plant\") and are not attributed to clinker or cement; split them into kiln and cement-mill use for CBAM indirect emissions.";
        }

        if (r.BiomassCountedCo2 > 0m)
        {
            yield return $"{JsonOut.Invariant(r.BiomassCountedCo2)} t of biomass CO2 count as direct emissions because the fuels are not marked biomassSustainable (RED II criteria).";
        }

        if (py.Clinker.Bought.Tonnes > 0m && py.Clinker.BoughtSeeDirect == 0m)
        {
            yield return "Bought clinker has no embedded-emission data (clinker.boughtSeeDirect_tCO2_per_t = 0): the cement SEE is understated until the supplier's values are entered.";
        }
    }

    private static void WriteGood(Utf8JsonWriter w, CbamGood g)
    {
        w.WriteStartObject();
        w.WriteString("cnCode", g.CnCode);
        w.WriteString("description", g.Description);
        w.WriteNumber("produced_t", g.ProducedTonnes);
        WriteSee(w, g.See);
        w.WriteString("determinationType", "actual data");
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
        w.WriteNumber("seeDirect_tCO2_per_t", see.Direct);
        w.WriteNumber("seeIndirect_tCO2_per_t", see.Indirect);
        w.WriteNumber("seeTotal_tCO2_per_t", see.Total);
    }
}
