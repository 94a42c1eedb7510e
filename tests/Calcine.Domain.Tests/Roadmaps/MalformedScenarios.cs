using System.Text.Json.Nodes;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Roadmaps;

/// <summary>Malformed roadmap scenarios, each the ECRA example with one rule broken, and the JSON path
/// the error must name.</summary>
public static class MalformedScenarios
{
    public sealed record Case(string Name, string ExpectedPath, Func<string> Document);

    public static string BaseText => Examples.Read("roadmap-ecra-reference-kiln.json");

    public static IReadOnlyList<Case> All { get; } =
    [
        Raw("NotJson", "$", "{\"format\": "),
        Raw("RootIsArray", "$", "[1, 2]"),
        Edit("FormatMissing", "$.format", d => d.Remove("format")),
        Edit("FormatWrong", "$.format", d => d["format"] = "roadmap-scenario/2"),
        Edit("IdMissing", "$.id", d => d.Remove("id")),
        Edit("StartBeforeBase", "$.horizon.startYear", d => d["horizon"]!["startYear"] = 2020),
        Edit("EndBeforeStart", "$.horizon.endYear", d => d["horizon"]!["endYear"] = 2024),
        Edit("DiscountRateOne", "$.discountRate", d => d["discountRate"] = 1),
        Edit("DiscountRateText", "$.discountRate", d => d["discountRate"] = "0.08"),
        Edit("GrowthMinusOne", "$.demandGrowthPerYear", d => d["demandGrowthPerYear"] = -1),
        Edit("GrowthMissing", "$.demandGrowthPerYear", d => d.Remove("demandGrowthPerYear")),
        Edit("ElectricityPriceNegative", "$.electricityPrice_USD_per_MWh['2025']", d => d["electricityPrice_USD_per_MWh"]!["2025"] = -1),
        Edit("CarbonPriceEmpty", "$.carbonPrice_USD_per_tCO2", d => d["carbonPrice_USD_per_tCO2"] = new JsonObject()),
        Edit("GridKeyNotAYear", "$.gridEf_tCO2_per_MWh['20x0']", d => d["gridEf_tCO2_per_MWh"]!["20x0"] = 0.3),
        Edit("PlantsEmpty", "$.plants", d => d["plants"] = new JsonArray()),
        Edit("CapacityNegative", "$.plants[0].kilnCapacity_t", d => Plant(d)["kilnCapacity_t"] = -1),
        Edit("ClinkerZero", "$.plants[0].baseline.clinker_t", d => Plant(d)["baseline"]!["clinker_t"] = 0),
        Edit("ThermalMissing", "$.plants[0].baseline.thermalEnergy_GJ_per_tClinker", d => Plant(d)["baseline"]!.AsObject().Remove("thermalEnergy_GJ_per_tClinker")),
        Edit("FuelSharesOff", "$.plants[0].baseline.fuels", d => Plant(d)["baseline"]!["fuels"]![0]!["share"] = 0.6),
        Edit("BiogenicAboveOne", "$.plants[0].baseline.fuels[4].biogenicFraction", d => Plant(d)["baseline"]!["fuels"]![4]!["biogenicFraction"] = 1.5),
        Edit("EmissionFactorNegative", "$.plants[0].baseline.fuels[0].ef_tCO2_per_GJ", d => Plant(d)["baseline"]!["fuels"]![0]!["ef_tCO2_per_GJ"] = -0.1),
        Edit("CementPathZero", "$.plants[0].cementPath_t['2030']", d => Plant(d)["cementPath_t"] = new JsonObject { ["2030"] = 0 }),
        Edit("UnknownLeverAtPlant", "$.plants[0].leverIds[0]", d => Plant(d)["leverIds"] = new JsonArray("NOPE")),
        Edit("DuplicatePlant", "$.plants[1].id", d => d["plants"]!.AsArray().Add(Plant(d).DeepClone())),
        Edit("UnknownKind", "$.levers[0].kind", d => Lever(d, 0)["kind"] = "magic"),
        Edit("UnknownCategory", "$.levers[0].category", d => Lever(d, 0)["category"] = "offsets"),
        Edit("CaptureRateMissing", "$.levers[5].effect.captureRate", d => Lever(d, 5)["effect"]!.AsObject().Remove("captureRate")),
        Edit("CaptureRateAboveOne", "$.levers[5].effect.captureRate", d => Lever(d, 5)["effect"]!["captureRate"] = 1.2),
        Edit("ReductionOne", "$.levers[1].effect.reduction", d => Lever(d, 1)["effect"]!["reduction"] = 1),
        Edit("TargetClinkerFactorZero", "$.levers[0].effect.targetClinkerFactor", d => Lever(d, 0)["effect"]!["targetClinkerFactor"] = 0),
        Edit("NewFuelSharesAboveOne", "$.levers[2].effect.newFuels", d => Lever(d, 2)["effect"]!["newFuels"]![0]!["share"] = 0.9),
        Edit("CapexNegative", "$.levers[0].capex_USD_per_tCapacity", d => Lever(d, 0)["capex_USD_per_tCapacity"] = -5),
        Edit("LifeFractional", "$.levers[0].life_years", d => Lever(d, 0)["life_years"] = 2.5),
        Edit("LifeZero", "$.levers[0].life_years", d => Lever(d, 0)["life_years"] = 0),
        Edit("DuplicateLever", "$.levers[1].id", d => Lever(d, 1)["id"] = "CF70"),
        Edit("RequiresUnknown", "$.levers[0].requires[0]", d => Lever(d, 0)["requires"] = new JsonArray("NOPE")),
        Edit("RequiresItself", "$.levers[0].requires[0]", d => Lever(d, 0)["requires"] = new JsonArray("CF70")),
        Edit("RequiresCycle", "$.levers[0].requires", d =>
        {
            Lever(d, 0)["requires"] = new JsonArray("TE10");
            Lever(d, 1)["requires"] = new JsonArray("CF70");
        }),
        Edit("LeversMissing", "$.levers", d => d.Remove("levers")),
        Edit("DecisionYearsEmpty", "$.decisionYears", d => d["decisionYears"] = new JsonArray()),
        Edit("DecisionYearsDescending", "$.decisionYears[1]", d => d["decisionYears"] = new JsonArray(2030, 2025)),
        Edit("DecisionYearOutside", "$.decisionYears[0]", d => d["decisionYears"] = new JsonArray(2020)),
        Edit("DecisionYearFractional", "$.decisionYears[0]", d => d["decisionYears"] = new JsonArray(2025.5)),
        Edit("MaccYearOutside", "$.maccYear", d => d["maccYear"] = 2051),
        Edit("TargetTypeUnknown", "$.target.type", d => d["target"]!["type"] = "netZero"),
        Edit("CapYearOutside", "$.target.cap_tCO2['2060']", d => d["target"]!["cap_tCO2"]!["2060"] = 1000),
        Edit("CapNegative", "$.target.cap_tCO2['2030']", d => d["target"]!["cap_tCO2"]!["2030"] = -1),
        Edit("IntensityCompanyUnknown", "$.target.companies[0].company", d => d["target"] = Intensity("Nobody")),
        Edit("IntensityCompanyTwice", "$.target.companies[1].company", d => d["target"] = Intensity("ECRA reference", "ECRA reference")),
        Edit("BudgetNegative", "$.target.budget_tCO2", d => d["target"] = new JsonObject { ["type"] = "cumulativeBudget", ["budget_tCO2"] = -1 }),
    ];

    public static Case Get(string name) => All.Single(c => c.Name == name);

    private static Case Raw(string name, string path, string text) => new(name, path, () => text);

    private static Case Edit(string name, string path, Action<JsonObject> edit) => new(name, path, () =>
    {
        var d = JsonNode.Parse(BaseText)!.AsObject();
        edit(d);
        return d.ToJsonString();
    });

    private static JsonObject Plant(JsonObject d) => d["plants"]![0]!.AsObject();

    private static JsonObject Lever(JsonObject d, int i) => d["levers"]![i]!.AsObject();

    private static JsonObject Intensity(params string[] companies) => new()
    {
        ["type"] = "intensity",
        ["companies"] = new JsonArray([.. companies.Select(c => (JsonNode)new JsonObject { ["company"] = c, ["limit_tCO2_per_tCement"] = new JsonObject { ["2030"] = 0.6 } })]),
    };
}
