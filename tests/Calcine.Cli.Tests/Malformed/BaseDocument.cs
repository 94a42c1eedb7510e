using System.Text.Json.Nodes;

namespace Calcine.Cli.Tests.Malformed;

/// <summary>A valid plant-year that touches every section the reader checks. Each malformed case
/// breaks exactly what it names, so an error it reports can only come from that change.</summary>
internal static class BaseDocument
{
    public const string Text = """
        {
          "format": "plant-year/1",
          "plant": { "id": "p-1", "name": "Test plant", "country": "AZ", "kilnProcess": "dry" },
          "year": 2024,
          "clinker": { "produced_t": 1000000, "bought_t": 0, "sold_t": 50000, "stockIncrease_t": 0, "cao": 0.655, "mgo": 0.018 },
          "calcination": {
            "method": "B1",
            "nonCarbonateInputs": [ { "name": "fly ash", "mass_t": 40000, "cao": 0.05, "mgo": 0.01 } ],
            "bypassDust_t": 1000,
            "ckd": { "leaving_t": 2000, "loi": 0.25 },
            "rawMeal": { "loi": 0.35, "toc": 0.002, "rawMealToClinker": 1.55 }
          },
          "cement": {
            "mineralComponents": [ { "name": "gypsum", "mass_t": 50000 }, { "name": "slag", "mass_t": 100000 } ],
            "mineralComponents_t": 150000,
            "substitutesSold_t": 0
          },
          "fuels": [
            { "name": "coal", "category": "conventional-fossil", "use": "kiln", "mass_t": 100000, "lhv_GJ_per_t": 25.8, "ef_kgCO2_per_GJ": 96.0, "biogenicShare": 0 },
            { "name": "RDF", "category": "mixed", "use": "kiln", "mass_t": 20000, "lhv_GJ_per_t": 18.0, "ef_kgCO2_per_GJ": 90.0, "biogenicShare": 0.5 },
            { "name": "wood", "category": "biomass", "use": "kiln", "mass_t": 10000, "lhv_GJ_per_t": 15.6, "ef_kgCO2_per_GJ": 110.0 }
          ],
          "electricity": {
            "gridEf_tCO2_per_MWh": 0.44,
            "consumption": [ { "use": "kiln", "source": "grid", "MWh": 70000 }, { "use": "cement-mill", "source": "grid", "MWh": 40000 } ]
          }
        }
        """;

    public static JsonObject Parse() => JsonNode.Parse(Text)!.AsObject();

    /// <summary>Replaces one exact piece of the base text; throws if it is not there, so a case can
    /// never silently test the unchanged document.</summary>
    public static string Replace(string oldText, string newText) =>
        Text.Contains(oldText, StringComparison.Ordinal)
            ? Text.Replace(oldText, newText, StringComparison.Ordinal)
            : throw new ArgumentException($"the base document has no \"{oldText}\"", nameof(oldText));

    public static JsonObject Obj(this JsonObject doc, string name) => doc[name]!.AsObject();

    public static JsonObject Fuel(this JsonObject doc, int index) => doc["fuels"]![index]!.AsObject();
}
