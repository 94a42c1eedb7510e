using System.Text.Json.Nodes;

namespace Calcine.Domain.Tests.Properties;

public sealed record FuelSpec(string Category, string Use, decimal Mass, decimal Lhv, decimal Ef, decimal? BiogenicShare);

public sealed record ConsumptionSpec(string Use, string Source, decimal MegawattHours);

public sealed record NonCarbonateSpec(decimal Mass, decimal Cao, decimal Mgo);

/// <summary>How the CKD calcination rate is known: given, from two LOIs, or the kiln-process default.</summary>
public sealed record CkdSpec(decimal? CalcinationRate, decimal? CkdLoi, decimal? RawMealLoi);

/// <summary>A valid plant-year, kept as values so a property can change one thing (a mass scale, a
/// fuel, the calcination method) and write the document again. Every mass and MWh goes through
/// <see cref="ToJson"/>'s scale, and nothing else does.</summary>
public sealed record PlantYearSpec
{
    public required string KilnProcess { get; init; }
    public required bool B2 { get; init; }
    public required decimal Produced { get; init; }
    public required decimal Bought { get; init; }
    public required decimal Sold { get; init; }
    public required decimal StockIncrease { get; init; }
    public required decimal Cao { get; init; }
    public required decimal Mgo { get; init; }
    public required decimal? EmissionFactor { get; init; }
    public required IReadOnlyList<NonCarbonateSpec> NonCarbonate { get; init; }
    public required decimal Bypass { get; init; }
    public required decimal CkdLeaving { get; init; }
    public required CkdSpec Ckd { get; init; }
    public required decimal? Toc { get; init; }
    public required decimal? RawMealToClinker { get; init; }
    public required IReadOnlyList<decimal> MineralComponents { get; init; }
    public required bool MineralTotalGiven { get; init; }
    public required bool MineralListGiven { get; init; }
    public required decimal SubstitutesSold { get; init; }
    public required IReadOnlyList<FuelSpec> Fuels { get; init; }
    public required decimal GridEf { get; init; }
    public required IReadOnlyList<ConsumptionSpec> Consumption { get; init; }

    public JsonObject ToJson(decimal scale = 1m)
    {
        var clinker = new JsonObject
        {
            ["produced_t"] = Produced * scale,
            ["bought_t"] = Bought * scale,
            ["sold_t"] = Sold * scale,
            ["stockIncrease_t"] = StockIncrease * scale,
        };
        if (B2)
        {
            clinker["cao"] = Cao;
            clinker["mgo"] = Mgo;
        }
        else if (EmissionFactor is { } ef)
        {
            clinker["emissionFactor_tCO2_per_t"] = ef;
        }

        var calcination = new JsonObject
        {
            ["method"] = B2 ? "B2" : "B1",
            ["bypassDust_t"] = Bypass * scale,
            ["ckd"] = new JsonObject { ["leaving_t"] = CkdLeaving * scale },
        };
        if (B2)
        {
            calcination["nonCarbonateInputs"] = new JsonArray([.. NonCarbonate.Select(n => (JsonNode)new JsonObject
            {
                ["name"] = "non-carbonate input",
                ["mass_t"] = n.Mass * scale,
                ["cao"] = n.Cao,
                ["mgo"] = n.Mgo,
            })]);
        }

        if (Ckd.CalcinationRate is { } d)
        {
            calcination["ckd"]!["calcinationRate"] = d;
        }

        if (Ckd.CkdLoi is { } ckdLoi)
        {
            calcination["ckd"]!["loi"] = ckdLoi;
        }

        var rawMeal = new JsonObject();
        if (Ckd.RawMealLoi is { } rawMealLoi)
        {
            rawMeal["loi"] = rawMealLoi;
        }

        if (Toc is { } toc)
        {
            rawMeal["toc"] = toc;
        }

        if (RawMealToClinker is { } ratio)
        {
            rawMeal["rawMealToClinker"] = ratio;
        }

        calcination["rawMeal"] = rawMeal;

        var cement = new JsonObject { ["substitutesSold_t"] = SubstitutesSold * scale };
        if (MineralTotalGiven)
        {
            cement["mineralComponents_t"] = MineralComponents.Sum() * scale;
        }

        if (MineralListGiven)
        {
            cement["mineralComponents"] = new JsonArray([.. MineralComponents.Select((m, i) => (JsonNode)new JsonObject { ["name"] = $"component {i}", ["mass_t"] = m * scale })]);
        }

        return new JsonObject
        {
            ["format"] = "plant-year/1",
            ["plant"] = new JsonObject { ["id"] = "generated", ["kilnProcess"] = KilnProcess },
            ["year"] = 2024,
            ["clinker"] = clinker,
            ["calcination"] = calcination,
            ["cement"] = cement,
            ["fuels"] = new JsonArray([.. Fuels.Select(f => (JsonNode)Fuel(f, scale))]),
            ["electricity"] = new JsonObject
            {
                ["gridEf_tCO2_per_MWh"] = GridEf,
                ["consumption"] = new JsonArray([.. Consumption.Select(c => (JsonNode)new JsonObject
                {
                    ["use"] = c.Use,
                    ["source"] = c.Source,
                    ["MWh"] = c.MegawattHours * scale,
                })]),
            },
        };
    }

    /// <summary>The document itself, so a failing property prints something one can run.</summary>
    public override string ToString() => ToJson().ToJsonString();

    private static JsonObject Fuel(FuelSpec f, decimal scale)
    {
        var o = new JsonObject
        {
            ["category"] = f.Category,
            ["use"] = f.Use,
            ["mass_t"] = f.Mass * scale,
            ["lhv_GJ_per_t"] = f.Lhv,
            ["ef_kgCO2_per_GJ"] = f.Ef,
        };
        if (f.BiogenicShare is { } share)
        {
            o["biogenicShare"] = share;
        }

        return o;
    }
}
