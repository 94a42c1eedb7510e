using System.Text.Json;
using Calcine.Domain.Recp;

namespace Calcine.Application.Recp;

/// <summary>Writes the options appraisal with the contract's keys and order (recp-format.md A, Output).</summary>
public static class RecpOptionsResultWriter
{
    public static void Write(Stream output, OptionsAppraisalResult result)
    {
        using var w = new Utf8JsonWriter(output, RecpJsonWriting.Options);
        var study = result.Study;
        w.WriteStartObject();
        w.WriteString("currency", study.Currency);
        w.WriteNumber("discountRate", study.DiscountRate);
        w.WriteStartObject("weights");
        w.WriteNumber("npv", study.Weights.Npv);
        w.WriteNumber("payback", study.Weights.Payback);
        w.WriteNumber("co2", study.Weights.Co2);
        w.WriteEndObject();
        w.WriteStartArray("options");
        foreach (var o in result.Options)
        {
            WriteOption(w, o);
        }

        w.WriteEndArray();
        w.WriteStartArray("ranking");
        foreach (var id in result.Ranking)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        WritePortfolio(w, result.Portfolio);
        w.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter w, OptionAppraisal a)
    {
        var o = a.Option;
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("title", o.Title);
        w.WriteString("category", o.Category);
        w.WriteNumber("capex", o.Capex);
        w.WriteNumber("life_years", o.LifeYears);
        w.WriteStartObject("savingsByStream");
        w.WriteNumber("electricity", a.SavingsByStream.Electricity);
        w.WriteNumber("fuels", a.SavingsByStream.Fuels);
        w.WriteNumber("water", a.SavingsByStream.Water);
        w.WriteNumber("materials", a.SavingsByStream.Materials);
        w.WriteNumber("wastes", a.SavingsByStream.Wastes);
        w.WriteNumber("other", a.SavingsByStream.Other);
        w.WriteEndObject();
        w.WriteNumber("annualGrossSaving", a.AnnualGrossSaving);
        w.WriteNumber("annualNetSaving", a.AnnualNetSaving);
        w.NumberOrNull("simplePayback_years", a.SimplePayback_years);
        w.NumberOrNull("discountedPayback_years", a.DiscountedPayback_years);
        w.WriteNumber("npv", a.Npv);
        w.NumberOrNull("irr", a.Irr);
        w.StringOrNull("irrNote", a.IrrNote);
        w.WriteNumber("annualisedCapex", a.AnnualisedCapex);
        w.NumberOrNull("costPerTco2Avoided", a.CostPerTco2Avoided);
        w.WriteNumber("co2Avoided_t_per_year", a.Co2Avoided_t_per_year);
        w.WriteNumber("co2AvoidedLifetime_t", a.Co2AvoidedLifetime_t);
        w.WriteNumber("electricitySaved_MWh_per_year", a.ElectricitySaved_MWh_per_year);
        w.WriteNumber("fuelSaved_GJ_per_year", a.FuelSaved_GJ_per_year);
        w.WriteNumber("waterSaved_m3_per_year", a.WaterSaved_m3_per_year);
        w.WriteNumber("materialSaved_t_per_year", a.MaterialSaved_t_per_year);
        w.WriteNumber("wasteAvoided_t_per_year", a.WasteAvoided_t_per_year);
        w.WriteStartObject("scoreParts");
        w.WriteNumber("npv", a.ScoreParts.Npv);
        w.WriteNumber("payback", a.ScoreParts.Payback);
        w.WriteNumber("co2", a.ScoreParts.Co2);
        w.WriteEndObject();
        w.WriteNumber("score", a.Score);
        w.WriteNumber("rank", a.Rank);
        w.WriteEndObject();
    }

    private static void WritePortfolio(Utf8JsonWriter w, RecpPortfolio? p)
    {
        if (p is null)
        {
            w.WriteNull("portfolio");
            return;
        }

        w.WriteStartObject("portfolio");
        w.WriteNumber("capexBudget", p.CapexBudget);
        w.WriteStartArray("selected");
        foreach (var id in p.Selected)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteNumber("totalCapex", p.TotalCapex);
        w.WriteNumber("totalNpv", p.TotalNpv);
        w.WriteNumber("totalAnnualNetSaving", p.TotalAnnualNetSaving);
        w.WriteNumber("totalCo2Avoided_t_per_year", p.TotalCo2Avoided_t_per_year);
        w.WriteNumber("budgetLeft", p.BudgetLeft);
        w.WriteEndObject();
    }
}
