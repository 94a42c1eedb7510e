using System.Globalization;
using System.Text.Json;
using Calcine.Application.Co2.Output;
using Calcine.Application.Json;

namespace Calcine.Application.Regulatory;

/// <summary>The data set as JSON (docs/formats/cbam-dataset.md): invariant, unrounded, units in the names.</summary>
public static class CbamDataSetJson
{
    public static byte[] Write(CbamDataSet d)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", CbamDataSet.Format);
            w.WriteStartObject("reportingPeriod");
            w.WriteNumber("year", d.Year);
            w.WriteString("start", d.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("end", d.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("yearStatus", d.YearStatus);
            w.WriteEndObject();
            WriteInstallation(w, d.Installation);
            w.WriteBoolean("computed", d.Computed);
            w.WriteString("calculationMethod", d.CalculationMethod);
            w.WriteStartArray("goods");
            foreach (var g in d.Goods)
            {
                WriteGood(w, g, d);
            }

            w.WriteEndArray();
            WriteElectricity(w, d.Electricity);
            w.WriteStartArray("precursors");
            foreach (var p in d.Precursors)
            {
                w.WriteStartObject();
                w.WriteString("good", p.Good);
                w.WriteString("cnCode", p.CnCode);
                w.WriteString("origin", p.Origin);
                w.WriteNumber("quantity_t", p.QuantityTonnes);
                w.WriteNumberOrNull("seeDirect_tCO2e_per_t", p.SeeDirect);
                w.WriteNumberOrNull("seeIndirect_tCO2e_per_t", p.SeeIndirect);
                w.WriteNumberOrNull("embeddedDirect_tCO2e", p.EmbeddedDirect);
                w.WriteNumberOrNull("embeddedIndirect_tCO2e", p.EmbeddedIndirect);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteEmissions(w, d.Emissions);
            w.WriteStartObject("carbonPriceDue");
            w.WriteBoolean("recorded", d.CarbonPriceDue is not null);
            w.WriteString("description", d.CarbonPriceDue);
            w.WriteEndObject();
            JsonOut.Errors(w, "missing", d.Missing);
            w.WriteStartArray("notes");
            foreach (var n in d.Notes)
            {
                w.WriteStringValue(n);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteInstallation(Utf8JsonWriter w, CbamInstallation i)
    {
        w.WriteStartObject("installation");
        w.WriteString("plantCode", i.PlantCode);
        w.WriteString("name", i.Name);
        w.WriteString("operator", i.Operator);
        w.WriteString("country", i.Country);
        w.WriteString("jurisdiction", i.Jurisdiction);
        w.WriteString("address", i.Address);
        w.WriteString("unLocode", i.UnLocode);
        w.WriteString("coordinates", i.Coordinates);
        w.WriteStartArray("notRecorded");
        foreach (var (name, value) in new[] { ("address", i.Address), ("unLocode", i.UnLocode), ("coordinates", i.Coordinates) })
        {
            if (value is null)
            {
                w.WriteStringValue(name);
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteGood(Utf8JsonWriter w, CbamGoodLine g, CbamDataSet d)
    {
        w.WriteStartObject();
        w.WriteString("cnCode", g.CnCode);
        w.WriteString("description", g.Description);
        w.WriteNumber("produced_t", g.ProducedTonnes);
        w.WriteNumberOrNull("seeDirect_tCO2e_per_t", g.SeeDirect);
        w.WriteString("directDeterminationType", g.DirectDetermination);
        w.WriteNumberOrNull("seeIndirect_tCO2e_per_t", g.SeeIndirect);
        w.WriteString("indirectDeterminationType", g.IndirectDetermination);
        w.WriteNumberOrNull("seeTotal_tCO2e_per_t", g.SeeTotal);
        w.WriteStartObject("qualifyingParameters");
        if (g.ClinkerFactor is { } cf)
        {
            w.WriteNumber("clinkerFactor_t_per_t", cf);
        }

        w.WriteEndObject();
        if (g.DefaultValue is { } dv)
        {
            w.WriteStartObject("defaultValue");
            w.WriteNumber("seeDirect_tCO2e_per_t", dv.Direct);
            w.WriteNumber("seeIndirect_tCO2e_per_t", dv.Indirect);
            w.WriteBoolean("verified", d.DefaultValuesVerified);
            w.WriteString("source", d.DefaultValuesSource);
            w.WriteString("use", "for comparison only; not used for any figure of this data set");
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteElectricity(Utf8JsonWriter w, CbamElectricity? e)
    {
        if (e is null)
        {
            w.WriteNull("electricity");
            return;
        }

        w.WriteStartObject("electricity");
        w.WriteNumber("kilnConsumption_MWh", e.KilnMwh);
        w.WriteNumber("cementMillConsumption_MWh", e.CementMillMwh);
        w.WriteNumberOrNull("ef_tCO2_per_MWh", e.Ef);
        w.WriteString("efSource", e.EfSource);
        w.WriteEndObject();
    }

    private static void WriteEmissions(Utf8JsonWriter w, CbamEmissions? e)
    {
        if (e is null)
        {
            w.WriteNull("emissions");
            return;
        }

        w.WriteStartObject("emissions");
        w.WriteNumber("installation_tCO2e", e.Installation);
        w.WriteNumber("attributedToClinker_tCO2e", e.AttributedToClinker);
        w.WriteNumber("attributedToCementMill_tCO2e", e.AttributedToCementMill);
        w.WriteNumber("notAttributed_tCO2e", e.NotAttributed);
        w.WriteNumber("processClinker_tCO2e", e.ProcessClinker);
        w.WriteNumber("processBypassDust_tCO2e", e.ProcessBypassDust);
        w.WriteNumber("processCkd_tCO2e", e.ProcessCkd);
        w.WriteNumber("processNonCarbonateCarbon_tCO2e", e.ProcessNonCarbonateCarbon);
        w.WriteNumber("biomassZeroRated_tCO2", e.BiomassZeroRated);
        w.WriteNumber("biomassCounted_tCO2", e.BiomassCounted);
        w.WriteEndObject();
    }

}
