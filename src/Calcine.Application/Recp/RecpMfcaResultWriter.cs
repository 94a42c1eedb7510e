using System.Text.Json;
using Calcine.Domain.Recp;

namespace Calcine.Application.Recp;

/// <summary>Writes the MFCA result with the contract's keys and order (recp-format.md B, Output).</summary>
public static class RecpMfcaResultWriter
{
    public static void Write(Stream output, MfcaResult result)
    {
        using var w = new Utf8JsonWriter(output, RecpJsonWriting.Options);
        var centres = result.Model.Centres;
        w.WriteStartObject();
        w.WriteString("currency", result.Model.Currency);
        w.WriteNumber("massBalanceTolerance", result.Model.MassBalanceTolerance);
        w.WriteStartArray("centres");
        foreach (var c in result.Centres)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Centre.Id);
            w.WriteNumber("newInput_kg", c.NewInput_kg);
            w.WriteNumber("receivedInput_kg", c.ReceivedInput_kg);
            w.WriteNumber("input_kg", c.Input_kg);
            w.WriteNumber("product_kg", c.Product_kg);
            w.WriteNumber("loss_kg", c.Loss_kg);
            w.WriteNumber("output_kg", c.Output_kg);
            w.WriteNumber("massBalanceError_kg", c.MassBalanceError_kg);
            w.WriteNumber("massBalanceErrorRel", c.MassBalanceErrorRel);
            w.WriteNumber("productShare", c.ProductShare);
            w.Cost("carriedIn", c.CarriedIn, wasteManagement: false);
            w.Cost("costIn", c.CostIn);
            w.Cost("positiveProduct", c.PositiveProduct, c.Product_kg);
            w.Cost("materialLoss", c.MaterialLoss, c.Loss_kg);
            w.WriteStartArray("productFlows");
            foreach (var f in c.ProductFlows)
            {
                w.WriteStartObject();
                w.StringOrNull("to", f.To is { } to ? centres[to].Id : null);
                w.CostMembers(f.Cost, f.Kg, wasteManagement: false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("losses");
            foreach (var l in c.Losses)
            {
                w.WriteStartObject();
                w.WriteString("name", l.Name);
                w.CostMembers(l.Cost, l.Kg, wasteManagement: true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteTotals(w, result.Totals);
        w.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", warning.Code);
            w.WriteString("path", warning.Path);
            w.StringOrNull("centre", warning.CentreId);
            w.WriteNumber("relativeError", warning.RelativeError);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTotals(Utf8JsonWriter w, MfcaTotals t)
    {
        w.WriteStartObject("totals");
        w.WriteNumber("newInput_kg", t.NewInput_kg);
        w.WriteNumber("finalProduct_kg", t.FinalProduct_kg);
        w.WriteNumber("loss_kg", t.Loss_kg);
        w.WriteNumber("massBalanceError_kg", t.MassBalanceError_kg);
        w.WriteNumber("massBalanceErrorRel", t.MassBalanceErrorRel);
        w.Cost("inputCost", t.InputCost);
        w.Cost("finalProduct", t.FinalProduct, t.FinalProduct_kg);
        w.Cost("materialLoss", t.MaterialLoss, t.Loss_kg);
        w.NumberOrNull("lossCostShare", t.LossCostShare);
        w.WriteEndObject();
    }
}
