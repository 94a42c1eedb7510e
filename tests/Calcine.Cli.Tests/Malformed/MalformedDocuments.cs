using System.Text;
using System.Text.Json.Nodes;

namespace Calcine.Cli.Tests.Malformed;

/// <summary>One broken document and the JSON paths its errors must name (all of them, and no others).</summary>
internal sealed record MalformedCase(string Name, Func<byte[]> Document, IReadOnlyList<string> ExpectedPaths);

/// <summary>The table of malformed plant-year documents: each is the valid base document with one
/// thing broken (or raw bytes that are not a document at all).</summary>
internal static class MalformedDocuments
{
    public static IReadOnlyList<MalformedCase> All { get; } = Build();

    public static MalformedCase Get(string name) => All.Single(c => c.Name == name);

    private static MalformedCase Edit(string name, Action<JsonObject> edit, params string[] paths) => new(name, () =>
    {
        var doc = BaseDocument.Parse();
        edit(doc);
        return Encoding.UTF8.GetBytes(doc.ToJsonString());
    }, paths);

    private static MalformedCase Text(string name, Func<string> text, params string[] paths) =>
        new(name, () => Encoding.UTF8.GetBytes(text()), paths);

    private static MalformedCase Replace(string name, string oldText, string newText, params string[] paths) =>
        Text(name, () => BaseDocument.Replace(oldText, newText), paths);

    private static MalformedCase Bytes(string name, Func<byte[]> bytes, params string[] paths) => new(name, bytes, paths);

    private static byte[] Base => Encoding.UTF8.GetBytes(BaseDocument.Text);

    private static List<MalformedCase> Build() =>
    [
        // Wrong JSON types, one of every kind.
        Edit("string for number", d => d.Obj("clinker")["produced_t"] = "1000000", "$.clinker.produced_t"),
        Edit("bool for number", d => d.Fuel(1)["biogenicShare"] = true, "$.fuels[1].biogenicShare"),
        Edit("object for number", d => d.Fuel(0)["mass_t"] = new JsonObject(), "$.fuels[0].mass_t"),
        Edit("number for string", d => d.Obj("plant")["id"] = 17, "$.plant.id"),
        Edit("number for enum", d => d.Obj("calcination")["method"] = 2, "$.calcination.method"),
        Edit("string for year", d => d["year"] = "2024", "$.year"),
        Edit("object for array", d => d["fuels"] = new JsonObject(), "$.fuels"),
        Edit("string for array item", d => d["fuels"]![0] = "coal", "$.fuels[0]"),
        Edit("null array item", d => d["fuels"]![2] = null, "$.fuels[2]"),
        Edit("array for object", d => d["plant"] = new JsonArray(), "$.plant"),
        Edit("array for array item object", d => d["electricity"]!["consumption"]![0] = new JsonArray(1, 2), "$.electricity.consumption[0]"),
        Edit("string for object", d => d["calcination"] = "B2", "$.calcination"),
        Edit("bool for string", d => d.Obj("plant")["name"] = false, "$.plant.name"),
        Text("array at the root", () => "[]", "$"),
        Text("number at the root", () => "42", "$"),
        Text("null at the root", () => "null", "$"),

        // Out of range: negatives, fractions above 1, numbers JSON allows but the reader does not.
        Edit("negative lhv", d => d.Fuel(1)["lhv_GJ_per_t"] = -18.0, "$.fuels[1].lhv_GJ_per_t"),
        Edit("negative bought clinker", d => d.Obj("clinker")["bought_t"] = -1, "$.clinker.bought_t"),
        Edit("negative MWh", d => d["electricity"]!["consumption"]![1]!["MWh"] = -40000, "$.electricity.consumption[1].MWh"),
        Edit("clinker CaO above 1", d => d.Obj("clinker")["cao"] = 1.2, "$.clinker.cao"),
        Edit("biogenic share above 1", d => d.Fuel(1)["biogenicShare"] = 1.5, "$.fuels[1].biogenicShare"),
        Edit("TOC above 1", d => d.Obj("calcination")["rawMeal"]!["toc"] = 2, "$.calcination.rawMeal.toc"),
        Edit("CKD calcination rate above 1", d => d.Obj("calcination")["ckd"]!["calcinationRate"] = 1.01, "$.calcination.ckd.calcinationRate"),
        Edit("raw meal LOI of zero", d => d.Obj("calcination")["rawMeal"]!["loi"] = 0, "$.calcination.rawMeal.loi"),
        Edit("mass above the range", d => d.Fuel(0)["mass_t"] = 2e9, "$.fuels[0].mass_t"),
        Replace("1e400", "\"produced_t\": 1000000", "\"produced_t\": 1e400", "$.clinker.produced_t"),
        Replace("1e30", "\"mass_t\": 100000, \"lhv", "\"mass_t\": 1e30, \"lhv", "$.fuels[0].mass_t"),
        Replace("number with a million digits", "\"produced_t\": 1000000", "\"produced_t\": 1" + new string('0', 1_000_000), "$.clinker.produced_t"),
        Replace("-1e400", "\"MWh\": 70000", "\"MWh\": -1e400", "$.electricity.consumption[0].MWh"),
        Edit("year out of range", d => d["year"] = 1800, "$.year"),
        Edit("year not a whole number", d => d["year"] = 2024.5, "$.year"),

        // Missing required values.
        Edit("missing format", d => d.Remove("format"), "$.format"),
        Edit("missing plant", d => d.Remove("plant"), "$.plant"),
        Edit("missing plant id", d => d.Obj("plant").Remove("id"), "$.plant.id"),
        Edit("empty plant id", d => d.Obj("plant")["id"] = "", "$.plant.id"),
        Edit("missing kiln process", d => d.Obj("plant").Remove("kilnProcess"), "$.plant.kilnProcess"),
        Edit("missing year", d => d.Remove("year"), "$.year"),
        Edit("null year", d => d["year"] = null, "$.year"),
        Edit("missing clinker produced", d => d.Obj("clinker").Remove("produced_t"), "$.clinker.produced_t"),
        Edit("missing fuel category", d => d.Fuel(0).Remove("category"), "$.fuels[0].category"),
        Edit("missing fuel use", d => d.Fuel(2).Remove("use"), "$.fuels[2].use"),
        Edit("missing fuel mass", d => d.Fuel(1).Remove("mass_t"), "$.fuels[1].mass_t"),
        Edit("missing fuel lhv", d => d.Fuel(1).Remove("lhv_GJ_per_t"), "$.fuels[1].lhv_GJ_per_t"),
        Edit("missing fuel ef", d => d.Fuel(0).Remove("ef_kgCO2_per_GJ"), "$.fuels[0].ef_kgCO2_per_GJ"),
        Edit("mixed fuel without biogenic share", d => d.Fuel(1).Remove("biogenicShare"), "$.fuels[1].biogenicShare"),
        Edit("mineral component without name", d => d.Obj("cement")["mineralComponents"]![1]!.AsObject().Remove("name"), "$.cement.mineralComponents[1].name"),

        // Unknown enum values, unknown fields, duplicate keys, wrong format.
        Edit("kiln process in capitals", d => d.Obj("plant")["kilnProcess"] = "Dry", "$.plant.kilnProcess"),
        Edit("unknown fuel category", d => d.Fuel(0)["category"] = "fossil", "$.fuels[0].category"),
        Edit("unknown fuel use", d => d.Fuel(1)["use"] = "mill", "$.fuels[1].use"),
        Edit("unknown calcination method", d => d.Obj("calcination")["method"] = "B3", "$.calcination.method"),
        Edit("unknown electricity source", d => d["electricity"]!["consumption"]![0]!["source"] = "solar", "$.electricity.consumption[0].source"),
        Replace("typo produced_T", "\"produced_t\"", "\"produced_T\"", "$.clinker.produced_T", "$.clinker.produced_t"),
        Edit("unknown root field", d => d["fuel"] = new JsonArray(), "$.fuel"),
        Edit("typo in fuel field", d => d.Fuel(2)["biogenicshare"] = 1, "$.fuels[2].biogenicshare"),
        Edit("unknown field with a space", d => d.Obj("plant")["kiln process"] = "dry", "$.plant['kiln process']"),
        Edit("unknown field with a line break", d => d.Obj("clinker")["produced\nt"] = 1, "$.clinker['produced\\nt']"),
        Replace("duplicate root key", "\"year\": 2024,", "\"year\": 2024, \"year\": 2025,", "$.year"),
        Replace("duplicate nested key", "\"sold_t\": 50000,", "\"sold_t\": 50000, \"sold_t\": 60000,", "$.clinker.sold_t"),
        Edit("wrong format string", d => d["format"] = "plant-year/2", "$.format"),
        Edit("format as number", d => d["format"] = 1, "$.format"),

        // Not JSON, or not all of it.
        Bytes("empty file", () => [], "$"),
        Text("only whitespace", () => " \n\t\r\n  ", "$"),
        Text("not JSON at all", () => "plant,year,clinker\np-1,2024,1000000\n", "$"),
        Bytes("binary garbage", () => RandomBytes(4096, seed: 7), "$"),
        Bytes("truncated after one byte", () => Base[..1], "$"),
        Bytes("truncated inside a key", () => Cut(Base, "\"kilnPro"), "$"),
        Bytes("truncated inside a number", () => Cut(Base, "\"produced_t\": 1000"), "$"),
        Bytes("truncated inside a string", () => Cut(Base, "\"conventional-fo"), "$"),
        Bytes("truncated before the last brace", () => Base[..Array.LastIndexOf(Base, (byte)'}')], "$"),
        Replace("NaN", "\"produced_t\": 1000000", "\"produced_t\": NaN", "$"),
        Replace("Infinity", "\"lhv_GJ_per_t\": 25.8", "\"lhv_GJ_per_t\": Infinity", "$"),
        Replace("-Infinity", "\"MWh\": 70000", "\"MWh\": -Infinity", "$"),
        Replace("hexadecimal number", "\"year\": 2024", "\"year\": 0x7E8", "$"),
        Replace("leading zero", "\"year\": 2024", "\"year\": 02024", "$"),
        Replace("single quotes", "\"format\": \"plant-year/1\"", "'format': 'plant-year/1'", "$"),
        Replace("trailing comma", "\"kilnProcess\": \"dry\" }", "\"kilnProcess\": \"dry\", }", "$"),
        Text("two documents", () => BaseDocument.Text + BaseDocument.Text, "$"),
        Text("10000 nested arrays", () => new string('[', 10_000) + new string(']', 10_000), "$"),
        Replace("10000 nested arrays in a field", "\"substitutesSold_t\": 0", "\"substitutesSold_t\": " + new string('[', 10_000) + new string(']', 10_000), "$"),
        Bytes("UTF-16 document", () => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(BaseDocument.Text)).ToArray(), "$"),

        // Text that parses but is not text a user could have meant.
        Edit("very long string", d => d.Obj("plant")["name"] = new string('x', 1_000_000), "$.plant.name"),
        Edit("escaped control character", d => d.Obj("plant")["id"] = "p\u00071", "$.plant.id"),
        Replace("raw control character", "\"p-1\"", "\"p\u0001-1\"", "$"),
        Bytes("invalid UTF-8 in a string", () => Splice(Base, "Test plant", [0x54, 0xFF, 0xFE, 0x74]), "$"),
        Bytes("overlong UTF-8 in a key", () => Splice(Base, "\"year\"", [0x22, 0xC0, 0xAF, 0x22]), "$"),
        Replace("unpaired surrogate in a string", "\"Test plant\"", "\"Test \\ud800 plant\"", "$.plant.name"),
        Replace("unpaired surrogate in a key", "\"bought_t\": 0,", "\"\\udc00\": 0,", "$.clinker"),
        Replace("control character echoed back", "\"produced_t\": 1000000", "\"produced_t\": \"1\\nerror: forged\"", "$.clinker.produced_t"),

        // Rules across fields.
        Edit("B2 without CaO", d =>
        {
            d.Obj("calcination")["method"] = "B2";
            d.Obj("clinker").Remove("cao");
        }, "$.clinker.cao"),
        Edit("A1 without raw meal", d =>
        {
            d.Obj("calcination")["method"] = "A1";
            d.Obj("calcination").Remove("rawMeal");
        }, "$.calcination.rawMeal.consumed_t", "$.calcination.rawMeal.loi"),
        Edit("CKD LOI above raw-meal LOI", d => d.Obj("calcination")["ckd"]!["loi"] = 0.4, "$.calcination.ckd.loi"),
        Edit("clinker consumed negative", d => d.Obj("clinker")["sold_t"] = 2_000_000, "$.clinker.sold_t"),
        Edit("mineral component list disagrees with total", d => d.Obj("cement")["mineralComponents_t"] = 150_001, "$.cement.mineralComponents_t"),
        Edit("electricity without grid factor", d => d.Obj("electricity").Remove("gridEf_tCO2_per_MWh"), "$.electricity.gridEf_tCO2_per_MWh"),
        Edit("electricity with a null grid factor", d => d.Obj("electricity")["gridEf_tCO2_per_MWh"] = null, "$.electricity.gridEf_tCO2_per_MWh"),
        Edit("B2 correction above the clinker's CO2", d =>
        {
            d.Obj("calcination")["method"] = "B2";
            d.Obj("calcination")["nonCarbonateInputs"]![0]!["mass_t"] = 50_000_000;
            d.Obj("calcination")["nonCarbonateInputs"]![0]!["cao"] = 0.9;
        }, "$.calcination.nonCarbonateInputs"),
        Edit("country code in lower case", d => d.Obj("plant")["country"] = "az", "$.plant.country"),
        Edit("country as a name", d => d.Obj("plant")["country"] = "Azerbaijan", "$.plant.country"),
        Edit("more than 1000 fuels", d => d["fuels"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(_ => d.Fuel(0).DeepClone())]), "$.fuels"),

        // The optional blocks of the other methods.
        Edit("IPCC tier 1 cements as an object", d => d["ipcc"] = new JsonObject { ["tier1"] = new JsonObject { ["cements"] = new JsonObject() } }, "$.ipcc.tier1.cements"),
        Edit("unknown carbonate type", d => d["ipcc"] = JsonNode.Parse("""{ "tier3": { "carbonates": [ { "type": "chalk", "mass_t": 1 } ] } }"""), "$.ipcc.tier3.carbonates[0].type"),
        Edit("China heat without a heat factor", d => d["china"] = new JsonObject { ["heatPurchased_GJ"] = 100 }, "$.china.heatEf_tCO2_per_GJ"),
        Edit("unknown CBAM CN code", d => d["cbam"] = new JsonObject { ["cementCnCode"] = "2523 99 99" }, "$.cbam.cementCnCode"),
        Edit("unknown field in the CBAM block", d => d["cbam"] = new JsonObject { ["cnCode"] = "2523 29 00" }, "$.cbam.cnCode"),

        // Slivers of a tonne: accepted by every single range, but per-tonne results divide by them.
        Edit("clinker produced a sliver of a tonne", d =>
        {
            d.Obj("clinker")["produced_t"] = 1e-25m;
            d.Obj("clinker")["sold_t"] = 0;
        }, "$.clinker.produced_t"),
        Edit("B2 with a sliver of clinker", d =>
        {
            d.Obj("calcination")["method"] = "B2";
            d.Obj("clinker")["produced_t"] = 1e-25m;
            d.Obj("clinker")["sold_t"] = 0;
        }, "$.clinker.produced_t"),
        Edit("cement a sliver of a tonne", d =>
        {
            d.Obj("clinker")["produced_t"] = 1;
            d.Obj("clinker")["sold_t"] = 0.9999999999999999999999999999m;
            d.Obj("cement").Remove("mineralComponents");
            d.Obj("cement")["mineralComponents_t"] = 0;
        }, "$.cement"),
        Edit("cementitious a sliver of a tonne", d =>
        {
            d.Obj("clinker")["produced_t"] = 0;
            d.Obj("clinker")["sold_t"] = 0;
            d.Obj("clinker")["bought_t"] = 1000;
            d.Obj("cement").Remove("mineralComponents");
            d.Obj("cement")["mineralComponents_t"] = 1e-25m;
        }, "$.cement"),
    ];

    /// <summary>The document up to and including the first occurrence of <paramref name="before"/>.</summary>
    private static byte[] Cut(byte[] text, string before)
    {
        var pattern = Encoding.UTF8.GetBytes(before);
        var at = text.AsSpan().IndexOf(pattern);
        return at < 0 ? throw new ArgumentException($"no \"{before}\"", nameof(before)) : text[..(at + pattern.Length)];
    }

    /// <summary>The document with the first occurrence of <paramref name="replaced"/> swapped for raw bytes.</summary>
    private static byte[] Splice(byte[] text, string replaced, byte[] with)
    {
        var pattern = Encoding.UTF8.GetBytes(replaced);
        var at = text.AsSpan().IndexOf(pattern);
        return at < 0 ? throw new ArgumentException($"no \"{replaced}\"", nameof(replaced))
            : [.. text[..at], .. with, .. text[(at + pattern.Length)..]];
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[0] = 0x80; // a continuation byte first: never the start of a valid document
        return bytes;
    }
}
