using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Calcine.Domain.Accounting;
using Calcine.Domain.Quantities;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

/// <summary>Reads a plant-year/1 document (see docs/formats/plant-year.md). Every problem is
/// reported with its JSON path; a document with any error yields no PlantYear at all.</summary>
public static partial class PlantYearReader
{
    /// <summary>A plant-year is a few kilobytes; anything near this size is not one.</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;
    public const decimal MaxTonnes = 1_000_000_000m;
    public const decimal MaxMegawattHours = 1_000_000_000m;
    private const int MaxItems = 1000;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    public static Result<PlantYear> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxDocumentBytes)
        {
            return Result<PlantYear>.Fail("$", $"document is {utf8.Length} bytes; a plant-year document may have at most {MaxDocumentBytes} bytes");
        }

        // Skip a UTF-8 byte order mark, which editors on Windows like to add.
        var body = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
        if (body.IsEmpty)
        {
            return Result<PlantYear>.Fail("$", "document is empty");
        }

        // System.Text.Json does not check the UTF-8 inside strings until they are read; check it all here.
        if (!Utf8.IsValid(body))
        {
            return Result<PlantYear>.Fail("$", $"not valid UTF-8 at {InvalidUtf8Position(body)}; save the document as UTF-8");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.ToArray(), Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "unknown position";
            return Result<PlantYear>.Fail("$", $"not valid JSON at {where}: {JsonObjectReader.OneLine(FirstSentence(ex.Message))}");
        }

        using (doc)
        {
            var errors = new List<ValidationError>();
            JsonTextCheck.Check(doc.RootElement, "$", errors);
            var py = errors.Count == 0 ? ReadRoot(doc.RootElement, errors) : null;
            return errors.Count == 0 && py is not null ? Result<PlantYear>.Ok(py) : Result<PlantYear>.Fail(Capped(errors));
        }
    }

    public static Result<PlantYear> Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    /// <summary>The parser's message without the position it repeats ("LineNumber: 0 | BytePositionInLine: 5.").</summary>
    private static string FirstSentence(string message)
    {
        foreach (var marker in (string[])[" LineNumber:", " Path:"])
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    private static string InvalidUtf8Position(ReadOnlySpan<byte> body)
    {
        int line = 1, lineStart = 0, i = 0;
        while (Rune.DecodeFromUtf8(body[i..], out _, out var consumed) == OperationStatus.Done)
        {
            if (body[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += consumed;
        }

        return $"line {line}, byte {i - lineStart + 1}";
    }

    /// <summary>A document this broken has one root cause; the first errors are the ones to fix.</summary>
    public const int MaxReportedErrors = 100;

    private static List<ValidationError> Capped(List<ValidationError> errors)
    {
        if (errors.Count <= MaxReportedErrors)
        {
            return errors;
        }

        var shown = errors.GetRange(0, MaxReportedErrors);
        shown.Add(new("$", $"{errors.Count - MaxReportedErrors} more errors not shown; fix the ones above first"));
        return shown;
    }

    private static PlantYear? ReadRoot(JsonElement root, List<ValidationError> errors)
    {
        var r = JsonObjectReader.Open(root, "$", errors);
        if (r is null)
        {
            return null;
        }

        var format = r.String("format", true);
        if (format is not null && format != "plant-year/1")
        {
            r.Error("format", $"unsupported format \"{format}\"; expected \"plant-year/1\"");
        }

        var plant = ReadPlant(r, errors);
        var year = r.Integer("year", true, 1990, 2100);
        var clinker = ReadClinker(r, errors);
        var calcination = ReadCalcination(r, errors);
        var cement = ReadCement(r, errors);
        var fuels = ReadFuels(r, errors);
        var electricity = ReadElectricity(r, errors);
        var ipcc = ReadIpcc(r, errors);
        var china = ReadChina(r, errors);
        var cbam = ReadCbam(r, errors);
        r.RejectUnknown();

        if (errors.Count > 0 || plant is null || year is null || clinker is null)
        {
            return null;
        }

        var py = new PlantYear
        {
            Plant = plant,
            Year = year.Value,
            Clinker = clinker,
            Calcination = calcination ?? new CalcinationData(),
            Cement = cement ?? new CementData(),
            Fuels = fuels,
            Electricity = electricity ?? new ElectricityData(),
            Ipcc = ipcc,
            China = china,
            Cbam = cbam,
        };
        PlantYearRules.Check(py, errors);
        return errors.Count == 0 ? py : null;
    }

    private static readonly Dictionary<string, KilnProcess> KilnProcesses = new()
    {
        ["dry"] = KilnProcess.Dry,
        ["semi-dry"] = KilnProcess.SemiDry,
        ["semi-wet"] = KilnProcess.SemiWet,
        ["wet"] = KilnProcess.Wet,
    };

    private static PlantInfo? ReadPlant(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("plant", true);
        if (r is null)
        {
            return null;
        }

        var id = r.String("id", true, 100);
        if (id is { Length: 0 })
        {
            r.Error("id", "must not be empty");
        }

        var name = r.String("name", false);
        var country = r.String("country", false, 2);
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            r.Error("country", $"\"{country}\" is not an ISO 3166 alpha-2 code (two capital letters)");
        }

        var process = r.Enum("kilnProcess", true, KilnProcesses);
        r.RejectUnknown();
        return id is null || process is null ? null : new PlantInfo(id, name, country, process.Value);
    }

    private static ClinkerData? ReadClinker(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("clinker", true);
        if (r is null)
        {
            return null;
        }

        var produced = r.Number("produced_t", true, 0m, MaxTonnes);
        var data = new ClinkerData
        {
            Produced = new Mass(produced ?? 0m),
            Bought = new Mass(r.Number("bought_t", false, 0m, MaxTonnes) ?? 0m),
            Sold = new Mass(r.Number("sold_t", false, 0m, MaxTonnes) ?? 0m),
            // A stock decrease is a negative increase.
            StockIncrease = new Mass(r.Number("stockIncrease_t", false, -MaxTonnes, MaxTonnes) ?? 0m),
            Cao = r.Fraction("cao", false),
            Mgo = r.Fraction("mgo", false),
            CaoNonCarbonate = r.Fraction("caoNonCarbonate", false),
            MgoNonCarbonate = r.Fraction("mgoNonCarbonate", false),
            EmissionFactor = r.Number("emissionFactor_tCO2_per_t", false, 0m, 2m),
            BoughtSeeDirect = r.Number("boughtSeeDirect_tCO2_per_t", false, 0m, 5m),
            BoughtSeeIndirect = r.Number("boughtSeeIndirect_tCO2_per_t", false, 0m, 5m) ?? 0m,
        };
        r.RejectUnknown();
        return produced is null ? null : data;
    }

    private static readonly Dictionary<string, CalcinationMethod> CalcinationMethods = new()
    {
        ["A1"] = CalcinationMethod.A1,
        ["B1"] = CalcinationMethod.B1,
        ["B2"] = CalcinationMethod.B2,
    };

    private static CalcinationData? ReadCalcination(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("calcination", false);
        if (r is null)
        {
            return null;
        }

        var method = r.Enum("method", false, CalcinationMethods);
        var nonCarbonate = new List<NonCarbonateInput>();
        foreach (var (item, path) in r.Array("nonCarbonateInputs", false, MaxItems) ?? [])
        {
            var o = JsonObjectReader.Open(item, path, errors);
            if (o is null)
            {
                continue;
            }

            var name = o.String("name", false) ?? "";
            var mass = o.Number("mass_t", true, 0m, MaxTonnes);
            var cao = o.Fraction("cao", true);
            var mgo = o.Fraction("mgo", true);
            o.RejectUnknown();
            if (mass is not null && cao is not null && mgo is not null)
            {
                nonCarbonate.Add(new NonCarbonateInput(name, new Mass(mass.Value), cao.Value, mgo.Value));
            }
        }

        var bypass = r.Number("bypassDust_t", false, 0m, MaxTonnes);
        decimal? ckdLeaving = null, ckdRate = null, ckdLoi = null;
        var ckd = r.Object("ckd", false);
        if (ckd is not null)
        {
            ckdLeaving = ckd.Number("leaving_t", false, 0m, MaxTonnes);
            ckdRate = ckd.Fraction("calcinationRate", false);
            ckdLoi = ckd.Number("loi", false, 0m, 0.99m);
            ckd.RejectUnknown();
        }

        decimal? loi = null, toc = null, ratio = null, consumed = null;
        var rawMeal = r.Object("rawMeal", false);
        if (rawMeal is not null)
        {
            // LOI of 0 or 1 would make the calcination-rate formula divide by zero.
            loi = rawMeal.Number("loi", false, 0.01m, 0.99m);
            toc = rawMeal.Fraction("toc", false);
            ratio = rawMeal.Number("rawMealToClinker", false, 0.5m, 5m);
            consumed = rawMeal.Number("consumed_t", false, 0m, MaxTonnes);
            rawMeal.RejectUnknown();
        }

        r.RejectUnknown();
        return new CalcinationData
        {
            Method = method ?? CalcinationMethod.B1,
            NonCarbonateInputs = nonCarbonate,
            BypassDust = new Mass(bypass ?? 0m),
            CkdLeaving = new Mass(ckdLeaving ?? 0m),
            CkdCalcinationRate = ckdRate,
            CkdLoi = ckdLoi,
            RawMealLoi = loi,
            RawMealToc = toc,
            RawMealToClinker = ratio,
            RawMealConsumed = consumed is null ? null : new Mass(consumed.Value),
        };
    }

    private static CementData? ReadCement(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("cement", false);
        if (r is null)
        {
            return null;
        }

        var total = r.Number("mineralComponents_t", false, 0m, MaxTonnes);
        var items = new List<NamedMass>();
        var list = r.Array("mineralComponents", false, MaxItems);
        foreach (var (item, path) in list ?? [])
        {
            var o = JsonObjectReader.Open(item, path, errors);
            if (o is null)
            {
                continue;
            }

            var name = o.String("name", true);
            var mass = o.Number("mass_t", true, 0m, MaxTonnes);
            o.RejectUnknown();
            if (name is not null && mass is not null)
            {
                items.Add(new NamedMass(name, new Mass(mass.Value)));
            }
        }

        var itemised = items.Sum(i => i.Mass.Tonnes);
        // Compare totals only when every item could be read; otherwise the item's own error says it all.
        if (list is not null && items.Count == list.Count && total is not null && Math.Abs(itemised - total.Value) > 1e-6m * Math.Max(1m, Math.Abs(total.Value)))
        {
            r.Error("mineralComponents_t", $"{JsonObjectReader.Format(total.Value)} t differs from the itemised mineralComponents total {JsonObjectReader.Format(itemised)} t");
        }

        var substitutes = r.Number("substitutesSold_t", false, 0m, MaxTonnes);
        r.RejectUnknown();
        return new CementData
        {
            MineralComponents = new Mass(total ?? itemised),
            MineralComponentItems = items,
            SubstitutesSold = new Mass(substitutes ?? 0m),
        };
    }
}
