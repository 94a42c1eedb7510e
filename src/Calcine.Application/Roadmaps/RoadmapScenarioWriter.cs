using System.Globalization;
using System.Text.Json;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Writes a scenario as a <c>roadmap-scenario/1</c> document that <see cref="RoadmapScenarioReader"/>
/// reads back to the same scenario (what composed and seeded scenarios are saved as).</summary>
public static class RoadmapScenarioWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static byte[] Write(RoadmapScenario s)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", RoadmapScenarioReader.Format);
            w.WriteString("id", s.Id);
            if (s.Name is not null)
            {
                w.WriteString("name", s.Name);
            }

            w.WriteStartObject("horizon");
            w.WriteNumber("baseYear", s.Horizon.BaseYear);
            w.WriteNumber("startYear", s.Horizon.StartYear);
            w.WriteNumber("endYear", s.Horizon.EndYear);
            w.WriteEndObject();
            w.WriteNumber("discountRate", s.DiscountRate);
            if (s.DemandGrowthPerYear is { } g)
            {
                w.WriteNumber("demandGrowthPerYear", g);
            }

            Path(w, "electricityPrice_USD_per_MWh", s.ElectricityPrice);
            Path(w, "carbonPrice_USD_per_tCO2", s.CarbonPrice);
            Path(w, "gridEf_tCO2_per_MWh", s.GridEf);
            w.WriteStartArray("plants");
            foreach (var p in s.Plants)
            {
                WritePlant(w, p);
            }

            w.WriteEndArray();
            w.WriteStartArray("levers");
            foreach (var l in s.Levers)
            {
                WriteLever(w, l);
            }

            w.WriteEndArray();
            w.WriteStartArray("decisionYears");
            foreach (var y in s.DecisionYears)
            {
                w.WriteNumberValue(y);
            }

            w.WriteEndArray();
            w.WriteNumber("maccYear", s.MaccYear);
            WriteTarget(w, s.Target);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static void WriteLever(Utf8JsonWriter w, Lever l, Action<Utf8JsonWriter>? extra = null)
    {
        w.WriteStartObject();
        w.WriteString("id", l.Id);
        if (l.Name is not null)
        {
            w.WriteString("name", l.Name);
        }

        w.WriteString("category", Name(RoadmapScenarioReader.Categories, l.Category));
        w.WriteString("kind", Name(RoadmapScenarioReader.Kinds, l.Kind));
        w.WriteStartObject("effect");
        switch (l.Effect)
        {
            case ClinkerFactorEffect cf:
                w.WriteNumber("targetClinkerFactor", cf.TargetClinkerFactor);
                break;
            case ThermalEfficiencyEffect te:
                w.WriteNumber("reduction", te.Reduction);
                break;
            case ElectricityEfficiencyEffect ee:
                w.WriteNumber("reduction", ee.Reduction);
                break;
            case LowCarbonElectricityEffect lc:
                w.WriteNumber("share", lc.Share);
                break;
            case FuelSwitchEffect fs:
                w.WriteStartArray("newFuels");
                foreach (var f in fs.NewFuels)
                {
                    WriteFuel(w, f);
                }

                w.WriteEndArray();
                w.WriteNumber("deltaThermal_GJ_per_tClinker", fs.DeltaThermal_GJ_per_tClinker);
                break;
            case CaptureEffect c:
                w.WriteNumber("captureRate", c.CaptureRate);
                w.WriteNumber("deltaThermal_GJ_per_tClinker", c.DeltaThermal_GJ_per_tClinker);
                w.WriteNumber("deltaElectricity_MWh_per_tClinker", c.DeltaElectricity_MWh_per_tClinker);
                break;
        }

        w.WriteEndObject();
        w.WriteNumber("capex_USD_per_tCapacity", l.Capex_USD_per_tCapacity);
        w.WriteNumber("fixedOpex_USD_per_tCapacity_yr", l.FixedOpex_USD_per_tCapacity_yr);
        w.WriteNumber("variableOpex_USD_per_unit", l.VariableOpex_USD_per_unit);
        w.WriteNumber("life_years", l.LifeYears);
        if (l.EarliestYear is { } e)
        {
            w.WriteNumber("earliestYear", e);
        }

        if (l.ExclusiveGroup is not null)
        {
            w.WriteString("exclusiveGroup", l.ExclusiveGroup);
        }

        w.WriteStartArray("requires");
        foreach (var r in l.Requires)
        {
            w.WriteStringValue(r);
        }

        w.WriteEndArray();
        extra?.Invoke(w);
        w.WriteEndObject();
    }

    private static void WritePlant(Utf8JsonWriter w, RoadmapPlant p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("company", p.Company);
        if (p.Name is not null)
        {
            w.WriteString("name", p.Name);
        }

        w.WriteNumber("kilnCapacity_t", p.KilnCapacity_t);
        w.WriteStartObject("baseline");
        var b = p.Baseline;
        w.WriteNumber("clinker_t", b.Clinker_t);
        w.WriteNumber("cement_t", b.Cement_t);
        w.WriteNumber("thermalEnergy_GJ_per_tClinker", b.ThermalEnergy_GJ_per_tClinker);
        w.WriteNumber("processCo2_tCO2_per_tClinker", b.ProcessCo2_tCO2_per_tClinker);
        w.WriteNumber("electricity_MWh_per_tCement", b.Electricity_MWh_per_tCement);
        w.WriteStartArray("fuels");
        foreach (var f in b.Fuels)
        {
            WriteFuel(w, f);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        if (p.CementPath is { } path)
        {
            Path(w, "cementPath_t", path);
        }

        if (p.LeverIds is { } ids)
        {
            w.WriteStartArray("leverIds");
            foreach (var id in ids)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteFuel(Utf8JsonWriter w, RoadmapFuel f)
    {
        w.WriteStartObject();
        w.WriteString("name", f.Name);
        w.WriteNumber("share", f.Share);
        w.WriteNumber("ef_tCO2_per_GJ", f.Ef_tCO2_per_GJ);
        w.WriteNumber("biogenicFraction", f.BiogenicFraction);
        w.WriteNumber("price_USD_per_GJ", f.Price_USD_per_GJ);
        w.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter w, RoadmapTarget target)
    {
        w.WriteStartObject("target");
        switch (target)
        {
            case AnnualCapTarget cap:
                w.WriteString("type", "annualCap");
                YearMap(w, "cap_tCO2", cap.Cap_tCO2);
                break;
            case IntensityTarget intensity:
                w.WriteString("type", "intensity");
                w.WriteStartArray("companies");
                foreach (var c in intensity.Companies)
                {
                    w.WriteStartObject();
                    w.WriteString("company", c.Company);
                    YearMap(w, "limit_tCO2_per_tCement", c.Limit_tCO2_per_tCement);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case CumulativeBudgetTarget budget:
                w.WriteString("type", "cumulativeBudget");
                w.WriteNumber("budget_tCO2", budget.Budget_tCO2);
                break;
        }

        w.WriteEndObject();
    }

    private static void Path(Utf8JsonWriter w, string name, YearPath path) =>
        YearMap(w, name, path.Years.Zip(path.Values).ToDictionary(p => p.First, p => p.Second));

    private static void YearMap(Utf8JsonWriter w, string name, IReadOnlyDictionary<int, double> map)
    {
        w.WriteStartObject(name);
        foreach (var (year, value) in map.OrderBy(kv => kv.Key))
        {
            w.WriteNumber(year.ToString(CultureInfo.InvariantCulture), value);
        }

        w.WriteEndObject();
    }

    internal static string Name<T>(IReadOnlyDictionary<string, T> names, T value) => names.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
