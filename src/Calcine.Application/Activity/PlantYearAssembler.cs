using System.Text.Json;
using Calcine.Domain.Factors;

namespace Calcine.Application.Activity;

/// <summary>What the plant-year document says about the plant, taken from its profile.</summary>
public sealed record PlantProfile(string Code, string Name, string Country, string KilnProcess)
{
    /// <summary>The contract knows four kiln processes; the profile's finer types map onto them
    /// (a shaft kiln burns a dry feed).</summary>
    public static string ContractKilnProcess(string? profileType) => profileType switch
    {
        "semi-dry" => "semi-dry",
        "semi-wet" => "semi-wet",
        "wet" => "wet",
        _ => "dry",
    };
}

/// <summary>Aggregates months of activity data into one plant-year/1 document. Quantities are
/// summed; factors become the averages weighted by what they apply to (LHV by mass, EF by energy,
/// biogenic share by CO2, clinker factor by clinker, grid factor by grid MWh), so every total of
/// the year equals the sum of the months. The result is then read by the strict
/// <c>PlantYearReader</c> like any other document.</summary>
public static class PlantYearAssembler
{
    public const decimal DefaultClinkerFactor = 0.525m;

    public static byte[] Assemble(PlantProfile plant, int year, IReadOnlyList<MonthlyActivity> months, FactorLibrary library)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", "plant-year/1");
            w.WriteStartObject("plant");
            w.WriteString("id", plant.Code);
            w.WriteString("name", plant.Name);
            w.WriteString("country", plant.Country);
            w.WriteString("kilnProcess", plant.KilnProcess);
            w.WriteEndObject();
            w.WriteNumber("year", year);
            WriteClinker(w, months);
            WriteCalcination(w, months);
            WriteCement(w, months);
            WriteFuels(w, months, library);
            WriteElectricity(w, months);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteClinker(Utf8JsonWriter w, IReadOnlyList<MonthlyActivity> months)
    {
        var produced = months.Sum(m => m.Clinker.Produced);
        w.WriteStartObject("clinker");
        w.WriteNumber("produced_t", produced);
        w.WriteNumber("bought_t", months.Sum(m => m.Clinker.Bought));
        w.WriteNumber("sold_t", months.Sum(m => m.Clinker.Sold));
        w.WriteNumber("stockIncrease_t", months.Sum(m => m.Clinker.StockIncrease));
        // A month without its own factor counts at the default, so the annual factor reproduces the months' CO2.
        if (produced > 0 && months.Any(m => m.Clinker.EmissionFactor is not null))
        {
            w.WriteNumber("emissionFactor_tCO2_per_t", months.Sum(m => m.Clinker.Produced * (m.Clinker.EmissionFactor ?? DefaultClinkerFactor)) / produced);
        }

        w.WriteEndObject();
    }

    private static void WriteCalcination(Utf8JsonWriter w, IReadOnlyList<MonthlyActivity> months)
    {
        w.WriteStartObject("calcination");
        w.WriteString("method", "B1");
        w.WriteNumber("bypassDust_t", months.Sum(m => m.Dust.Bypass));
        w.WriteStartObject("ckd");
        w.WriteNumber("leaving_t", months.Sum(m => m.Dust.CkdLeaving));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCement(Utf8JsonWriter w, IReadOnlyList<MonthlyActivity> months)
    {
        var components = months.SelectMany(m => m.Cement.MineralComponents)
            .GroupBy(c => c.Name.Trim(), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Mass: g.Sum(c => c.Mass))).ToList();
        w.WriteStartObject("cement");
        w.WriteNumber("mineralComponents_t", components.Sum(c => c.Mass));
        w.WriteStartArray("mineralComponents");
        foreach (var (name, mass) in components)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteNumber("mass_t", mass);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("substitutesSold_t", months.Sum(m => m.Cement.SubstitutesSold));
        w.WriteEndObject();
    }

    private sealed record ResolvedFuel(FuelMonth Fuel, decimal Lhv, decimal Ef)
    {
        public decimal Energy => Fuel.Mass * Lhv;
        public decimal Co2 => Energy * Ef;
    }

    private static void WriteFuels(Utf8JsonWriter w, IReadOnlyList<MonthlyActivity> months, FactorLibrary library)
    {
        var groups = months.SelectMany(m => m.Fuels)
            .Select(f => new ResolvedFuel(f, f.Lhv ?? library.Get(f.LhvFactorId!).Value, f.Ef ?? library.Get(f.EfFactorId!).Value))
            .GroupBy(f => (f.Fuel.Name.Trim(), f.Fuel.Category, f.Fuel.Use, f.Fuel.LhvFactorId, f.Fuel.EfFactorId));
        w.WriteStartArray("fuels");
        foreach (var g in groups)
        {
            var first = g.First();
            var mass = g.Sum(f => f.Fuel.Mass);
            var energy = g.Sum(f => f.Energy);
            var co2 = g.Sum(f => f.Co2);
            w.WriteStartObject();
            w.WriteString("name", g.Key.Item1);
            w.WriteString("category", g.Key.Category);
            w.WriteString("use", g.Key.Use);
            w.WriteNumber("mass_t", mass);
            w.WriteNumber("lhv_GJ_per_t", mass > 0 ? energy / mass : first.Lhv);
            w.WriteNumber("ef_kgCO2_per_GJ", energy > 0 ? co2 / energy : first.Ef);
            if (g.Any(f => f.Fuel.BiogenicShare is not null))
            {
                var share = co2 > 0 ? g.Sum(f => f.Co2 * (f.Fuel.BiogenicShare ?? DefaultBiogenicShare(f.Fuel.Category))) / co2 : first.Fuel.BiogenicShare ?? 0;
                w.WriteNumber("biogenicShare", share);
            }

            if ((g.Key.EfFactorId ?? g.Key.LhvFactorId) is { } factorId)
            {
                w.WriteString("factorId", factorId);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static decimal DefaultBiogenicShare(string category) => category == "biomass" ? 1 : 0;

    private static void WriteElectricity(Utf8JsonWriter w, IReadOnlyList<MonthlyActivity> months)
    {
        var uses = months.SelectMany(m => m.Electricity.Consumption).GroupBy(c => (c.Use, c.Source))
            .Select(g => (g.Key.Use, g.Key.Source, MWh: g.Sum(c => c.MWh))).ToList();
        var gridMwh = months.Sum(GridMwh);
        var gridEf = gridMwh > 0
            ? months.Sum(m => GridMwh(m) * (m.Electricity.GridEf ?? 0)) / gridMwh
            : months.Select(m => m.Electricity.GridEf).FirstOrDefault(f => f is not null);
        w.WriteStartObject("electricity");
        if (gridEf is { } ef)
        {
            w.WriteNumber("gridEf_tCO2_per_MWh", ef);
        }

        w.WriteStartArray("consumption");
        foreach (var (use, source, mwh) in uses)
        {
            w.WriteStartObject();
            w.WriteString("use", use);
            w.WriteString("source", source);
            w.WriteNumber("MWh", mwh);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static decimal GridMwh(MonthlyActivity m) => m.Electricity.Consumption.Where(c => c.Source == "grid").Sum(c => c.MWh);
}
