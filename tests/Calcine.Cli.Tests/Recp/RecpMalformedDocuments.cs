using System.Text.Json.Nodes;

namespace Calcine.Cli.Tests.Recp;

/// <summary>Malformed documents for the three RECP commands, one rule of the contract broken in each.</summary>
internal static class RecpMalformedDocuments
{
    private const string Options = "recp-foundry-options";
    private const string Mfca = "recp-dairy-mfca";
    private const string Baseline = "recp-textile-baseline";

    public static IReadOnlyList<RecpMalformedCase> All { get; } =
    [
        // recp-options/1
        new("raw: not JSON", "appraise", Options, _ => JsonValue.Create("{\"format\": \"recp-options/1\","), "$", ""),
        new("raw: NaN is not JSON", "appraise", Options, _ => JsonValue.Create("{\"format\":\"recp-options/1\",\"discountRate\":NaN}"), "$", ""),
        new("format of another command", "appraise", Options, d => Set(d, "format", "recp-mfca/1"), "$.format", ""),
        new("format missing", "appraise", Options, d => Remove(d, "format"), "$.format", "required"),
        new("enterprise id missing", "appraise", Options, d => Remove(d["enterprise"]!, "id", d), "$.enterprise.id", "required"),
        new("currency lower case", "appraise", Options, d => Set(d, "currency", "azn"), "$.currency", ""),
        new("discount rate of 1", "appraise", Options, d => Set(d, "discountRate", 1), "$.discountRate", ""),
        new("discount rate as a string", "appraise", Options, d => Set(d, "discountRate", "0.12"), "$.discountRate", ""),
        new("capex missing", "appraise", Options, d => Remove(d["options"]![1]!, "capex", d), "$.options[1].capex", "required"),
        new("negative capex", "appraise", Options, d => Set(d["options"]![0]!, "capex", -1, d), "$.options[0].capex", ""),
        new("raw: life written 10.0", "appraise", Options, d => JsonValue.Create(d.ToJsonString().Replace("\"life_years\":10,", "\"life_years\":10.0,", StringComparison.Ordinal)), "$.options[2].life_years", ""),
        new("raw: life written 1e1", "appraise", Options, d => JsonValue.Create(d.ToJsonString().Replace("\"life_years\":10,", "\"life_years\":1e1,", StringComparison.Ordinal)), "$.options[2].life_years", ""),
        new("life 51 years", "appraise", Options, d => Set(d["options"]![2]!, "life_years", 51, d), "$.options[2].life_years", ""),
        new("unknown member in an option", "appraise", Options, d => Set(d["options"]![3]!, "salvge", 5, d), "$.options[3].salvge", "unknown"),
        new("unknown top-level member", "appraise", Options, d => Set(d, "budget", 5), "$.budget", "unknown"),
        new("category not a technique", "appraise", Options, d => Set(d["options"]![0]!, "category", "maintenance", d), "$.options[0].category", ""),
        new("duplicate option id", "appraise", Options, d => Set(d["options"]![4]!, "id", "GH-01", d), "$.options[4].id", "duplicate"),
        new("id with a space", "appraise", Options, d => Set(d["options"]![4]!, "id", "GH 01", d), "$.options[4].id", ""),
        new("duplicate fuel price name", "appraise", Options, d => Add(d["prices"]!["fuels"]!, new JsonObject { ["name"] = "natural gas", ["price_per_GJ"] = 7, ["ef_kgCO2_per_GJ"] = 56.1 }, d), "$.prices.fuels[1].name", "duplicate"),
        new("saved material not priced", "appraise", Options, d => Set(d["options"]![3]!["savings"]!["materials"]![0]!, "name", "olivine sand", d), "$.options[3].savings.materials[0].name", "unknown"),
        new("duplicate saved waste", "appraise", Options, d => Add(d["options"]![3]!["savings"]!["wastes"]!, new JsonObject { ["name"] = "spent sand to landfill", ["t"] = 1 }, d), "$.options[3].savings.wastes[1].name", "duplicate"),
        new("electricity saved without its price", "appraise", Options, d => Remove(d["prices"]!, "electricity", d), "$.prices.electricity", "required"),
        new("water saved without its price", "appraise", Options, d => Set(Remove(d["prices"]!, "water", d)["options"]![0]!["savings"]!, "water_m3", 0, d), "$.prices.water", "required"),
        new("weights missing co2", "appraise", Options, d => Remove(d["weights"]!, "co2", d), "$.weights.co2", "required"),
        new("empty title", "appraise", Options, d => Set(d["options"]![0]!, "title", "", d), "$.options[0].title", ""),
        new("null salvage", "appraise", Options, d => Set(d["options"]![2]!, "salvage", (JsonNode?)null, d), "$.options[2].salvage", ""),
        new("more than 20 candidates", "appraise", Options, d => TwentyOneCandidates(d), "$.capexBudget", "candidate"),

        // recp-mfca/1
        new("product to an unknown centre", "mfca", Mfca, d => Set(d["centres"]![0]!["products"]![0]!, "to", "pasteurization", d), "$.centres[0].products[0].to", "unknown"),
        new("product to its own centre", "mfca", Mfca, d => Set(d["centres"]![1]!["products"]![0]!, "to", "pasteurisation", d), "$.centres[1].products[0].to", "cycle"),
        new("flows form a cycle", "mfca", Mfca, d => Set(d["centres"]![3]!["products"]![0]!, "to", "reception", d), "$.centres[0]", "cycle"),
        new("centre without input mass", "mfca", Mfca, d => Set(d["centres"]![0]!, "inputs", new JsonArray(), d), "$.centres[0]", "input mass"),
        new("centre without output mass", "mfca", Mfca, d => Set(Set(d["centres"]![3]!, "products", new JsonArray(), d)["centres"]![3]!, "losses", new JsonArray(), d), "$.centres[3]", "output mass"),
        new("duplicate centre id", "mfca", Mfca, d => Set(d["centres"]![2]!, "id", "reception", d), "$.centres[2].id", "duplicate"),
        new("negative loss mass", "mfca", Mfca, d => Set(d["centres"]![2]!["losses"]![0]!, "kg", -5, d), "$.centres[2].losses[0].kg", ""),
        new("tolerance of 1", "mfca", Mfca, d => Set(d, "massBalanceTolerance", 1), "$.massBalanceTolerance", ""),
        new("input cost missing", "mfca", Mfca, d => Remove(d["centres"]![0]!["inputs"]![0]!, "cost", d), "$.centres[0].inputs[0].cost", "required"),
        new("unknown member in a loss", "mfca", Mfca, d => Set(d["centres"]![2]!["losses"]![2]!, "cost", 3, d), "$.centres[2].losses[2].cost", "unknown"),
        new("no centres", "mfca", Mfca, d => Set(d, "centres", new JsonArray()), "$.centres", ""),

        // recp-baseline/1
        new("too few baseline months", "baseline", Baseline, d => Set(d, "baseline", new JsonArray(d["baseline"]![0]!.DeepClone(), d["baseline"]![1]!.DeepClone(), d["baseline"]![2]!.DeepClone())), "$.baseline", "at least 4 months"),
        new("empty baseline", "baseline", Baseline, d => Set(d, "baseline", new JsonArray()), "$.baseline", "at least 4 months"),
        new("months not increasing", "baseline", Baseline, d => Set(d["baseline"]![5]!, "month", "2023-02", d), "$.baseline[5].month", "increasing"),
        new("reporting before the baseline ends", "baseline", Baseline, d => Set(d["reporting"]![0]!, "month", "2024-12", d), "$.reporting[0].month", "increasing"),
        new("model variable missing in a record", "baseline", Baseline, d => Remove(d["baseline"]![3]!["values"]!, "hdd_Kd", d), "$.baseline[3].values.hdd_Kd", "required"),
        new("EnPI variable missing in a reporting record", "baseline", Baseline, d => Set(d, "enpiVariable", "output_t").Let(x => x["baseline"]!.AsArray().Aggregate(x, (doc, m) => Set(m!["values"]!, "output_t", 1, doc))), "$.reporting[0].values.output_t", "required"),
        new("energy constant", "baseline", Baseline, d => d["baseline"]!.AsArray().Aggregate(d, (doc, m) => Set(m!, "energy_kWh", 1000, doc)), "$.baseline", "constant"),
        new("variable constant", "baseline", Baseline, d => d["baseline"]!.AsArray().Aggregate(d, (doc, m) => Set(m!["values"]!, "hdd_Kd", 100, doc)), "$.variables[1]", "constant"),
        new("collinear variables", "baseline", Baseline, d => Set(d, "variables", new JsonArray("production_t", "hdd_Kd", "twice")).Let(x => x["baseline"]!.AsArray().Concat(x["reporting"]!.AsArray()).Aggregate(x, (doc, m) => Set(m!["values"]!, "twice", (double)m!["values"]!["production_t"]! * 2, doc))), "$.variables", "singular"),
        new("duplicate variable", "baseline", Baseline, d => Set(d, "variables", new JsonArray("production_t", "production_t")), "$.variables[1]", "duplicate"),
        new("variable named intercept", "baseline", Baseline, d => Set(d, "variables", new JsonArray("intercept")), "$.variables[0]", ""),
        new("four variables", "baseline", Baseline, d => Set(d, "variables", new JsonArray("a", "b", "c", "e")), "$.variables", ""),
        new("month 2023-13", "baseline", Baseline, d => Set(d["baseline"]![0]!, "month", "2023-13", d), "$.baseline[0].month", ""),
        new("negative energy", "baseline", Baseline, d => Set(d["reporting"]![2]!, "energy_kWh", -1, d), "$.reporting[2].energy_kWh", ""),
        new("EnPI variable sums to zero", "baseline", Baseline, d => Set(d, "enpiVariable", "zero").Let(x => x["baseline"]!.AsArray().Concat(x["reporting"]!.AsArray()).Aggregate(x, (doc, m) => Set(m!["values"]!, "zero", 0, doc))), "$.enpiVariable", ""),
        new("no reporting months", "baseline", Baseline, d => Set(d, "reporting", new JsonArray()), "$.reporting", ""),
    ];

    private static JsonNode Set(JsonNode target, string name, JsonNode? value, JsonNode? root = null)
    {
        target[name] = value;
        return root ?? target;
    }

    private static JsonNode Set(JsonNode target, string name, string value, JsonNode? root = null) => Set(target, name, JsonValue.Create(value), root);

    private static JsonNode Set(JsonNode target, string name, double value, JsonNode? root = null) => Set(target, name, JsonValue.Create(value), root);

    private static JsonNode Remove(JsonNode target, string name, JsonNode? root = null)
    {
        target.AsObject().Remove(name);
        return root ?? target;
    }

    private static JsonNode Add(JsonNode array, JsonNode item, JsonNode root)
    {
        array.AsArray().Add(item);
        return root;
    }

    private static JsonNode TwentyOneCandidates(JsonNode d)
    {
        var options = new JsonArray();
        for (var i = 0; i < 21; i++)
        {
            options.Add(new JsonObject
            {
                ["id"] = $"GH-{i:00}",
                ["title"] = "leak repair",
                ["category"] = "good-housekeeping",
                ["capex"] = 100 + i,
                ["life_years"] = 3,
                ["otherSavings_per_year"] = 1_000,
            });
        }

        d["options"] = options;
        return d;
    }

    private static JsonNode Let(this JsonNode node, Func<JsonNode, JsonNode> f) => f(node);
}
