using System.Text.Json;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Factors;
using Calcine.Domain.Results;

namespace Calcine.Application.Activity;

/// <summary>Reads one monthly-activity/1 document strictly (unknown or duplicate fields, wrong
/// types, out-of-range values are errors naming the JSON path) and checks its rules.</summary>
public static class MonthlyActivityReader
{
    public const int MaxDocumentBytes = 256 * 1024;
    public const int MaxItems = 200;

    public static readonly IReadOnlySet<string> FuelCategories = new HashSet<string>(StringComparer.Ordinal)
    { "conventional-fossil", "alternative-fossil", "mixed", "biomass" };

    public static readonly IReadOnlySet<string> FuelUses = new HashSet<string>(StringComparer.Ordinal)
    { "kiln", "cement-mill", "other", "on-site-power" };

    public static readonly IReadOnlySet<string> ElectricityUses = new HashSet<string>(StringComparer.Ordinal) { "kiln", "cement-mill", "plant" };
    public static readonly IReadOnlySet<string> ElectricitySources = new HashSet<string>(StringComparer.Ordinal) { "grid", "on-site" };

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        MaxDepth = 16,
    };

    public static Result<MonthlyActivity> Read(ReadOnlySpan<byte> utf8, FactorLibrary library)
    {
        if (utf8.Length > MaxDocumentBytes)
        {
            return Result<MonthlyActivity>.Fail("$", $"document is {utf8.Length} bytes; a month may have at most {MaxDocumentBytes} bytes");
        }

        MonthlyActivity? month;
        try
        {
            month = JsonSerializer.Deserialize<MonthlyActivity>(utf8, Options);
        }
        catch (JsonException ex)
        {
            return Result<MonthlyActivity>.Fail(ex.Path ?? "$", JsonObjectReader.OneLine(Reason(ex)));
        }

        if (month is null)
        {
            return Result<MonthlyActivity>.Fail("$", "expected an object");
        }

        var errors = Validate(month, library);
        return errors.Count == 0 ? Result<MonthlyActivity>.Ok(month) : Result<MonthlyActivity>.Fail(errors);
    }

    /// <summary>The serializer's message without the position it repeats.</summary>
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    public static List<ValidationError> Validate(MonthlyActivity m, FactorLibrary library)
    {
        var errors = new List<ValidationError>();
        if (m.Format != MonthlyActivity.FormatName)
        {
            errors.Add(new("$.format", $"must be \"{MonthlyActivity.FormatName}\""));
        }

        Mass(errors, "$.clinker.produced_t", m.Clinker.Produced);
        Mass(errors, "$.clinker.bought_t", m.Clinker.Bought);
        Mass(errors, "$.clinker.sold_t", m.Clinker.Sold);
        Range(errors, "$.clinker.stockIncrease_t", m.Clinker.StockIncrease, -PlantYearReader.MaxTonnes, PlantYearReader.MaxTonnes, "t");
        if (m.Clinker.EmissionFactor is { } ef)
        {
            Range(errors, "$.clinker.emissionFactor_tCO2_per_t", ef, 0, 2, "t CO2/t");
        }

        Items(errors, "$.cement.mineralComponents", m.Cement.MineralComponents);
        Mass(errors, "$.cement.substitutesSold_t", m.Cement.SubstitutesSold);
        Items(errors, "$.rawMaterials", m.RawMaterials);
        Mass(errors, "$.dust.bypass_t", m.Dust.Bypass);
        Mass(errors, "$.dust.ckdLeaving_t", m.Dust.CkdLeaving);
        Count(errors, "$.fuels", m.Fuels.Count);
        for (var i = 0; i < m.Fuels.Count; i++)
        {
            Fuel(errors, $"$.fuels[{i}]", m.Fuels[i], library);
        }

        Electricity(errors, m.Electricity);
        return errors;
    }

    private static void Fuel(List<ValidationError> errors, string path, FuelMonth f, FactorLibrary library)
    {
        Name(errors, path + ".name", f.Name);
        if (!FuelCategories.Contains(f.Category))
        {
            errors.Add(new(path + ".category", $"must be one of {string.Join(", ", FuelCategories)}"));
        }

        if (!FuelUses.Contains(f.Use))
        {
            errors.Add(new(path + ".use", $"must be one of {string.Join(", ", FuelUses)}"));
        }

        Mass(errors, path + ".mass_t", f.Mass);
        Factor(errors, path, "lhv_GJ_per_t", f.Lhv, "lhvFactorId", f.LhvFactorId, FactorKinds.FuelNcv, 150, f.Evidence, library);
        Factor(errors, path, "ef_kgCO2_per_GJ", f.Ef, "efFactorId", f.EfFactorId, FactorKinds.FuelCo2, 500, f.Evidence, library);
        if (f.BiogenicShare is { } share)
        {
            Range(errors, path + ".biogenicShare", share, 0, 1, "fraction");
        }
        else if (f.Category == "mixed")
        {
            errors.Add(new(path + ".biogenicShare", "a mixed fuel must state its biogenic share"));
        }

        if (f.Evidence is { Length: > 500 })
        {
            errors.Add(new(path + ".evidence", "at most 500 characters"));
        }
    }

    /// <summary>A factor is a library id or a plant-specific value with evidence, never both.</summary>
    private static void Factor(List<ValidationError> errors, string path, string valueField, decimal? value, string idField, string? id,
        string kind, decimal max, string? evidence, FactorLibrary library)
    {
        if (id is not null && value is not null)
        {
            errors.Add(new($"{path}.{valueField}", $"give either {valueField} (plant-specific) or {idField} (factor library), not both"));
        }
        else if (id is not null)
        {
            var factor = library.Find(id);
            if (factor is null || factor.Kind != kind)
            {
                errors.Add(new($"{path}.{idField}", $"'{JsonObjectReader.OneLine(id)}' is not a {kind} factor in library {library.Version} (calcine co2 factors lists them)"));
            }
        }
        else if (value is { } v)
        {
            Range(errors, $"{path}.{valueField}", v, 0, max, valueField);
            if (string.IsNullOrWhiteSpace(evidence))
            {
                errors.Add(new($"{path}.evidence", $"a plant-specific {valueField} needs an evidence note (lab report, supplier certificate)"));
            }
        }
        else
        {
            errors.Add(new($"{path}.{valueField}", $"required: a plant-specific {valueField} or a {idField}"));
        }
    }

    private static void Electricity(List<ValidationError> errors, ElectricityMonth e)
    {
        if (e.GridEf is { } grid)
        {
            Range(errors, "$.electricity.gridEf_tCO2_per_MWh", grid, 0, 3, "t CO2/MWh");
        }

        Count(errors, "$.electricity.consumption", e.Consumption.Count);
        for (var i = 0; i < e.Consumption.Count; i++)
        {
            var c = e.Consumption[i];
            var path = $"$.electricity.consumption[{i}]";
            if (!ElectricityUses.Contains(c.Use))
            {
                errors.Add(new(path + ".use", $"must be one of {string.Join(", ", ElectricityUses)}"));
            }

            if (!ElectricitySources.Contains(c.Source))
            {
                errors.Add(new(path + ".source", $"must be one of {string.Join(", ", ElectricitySources)}"));
            }

            Range(errors, path + ".MWh", c.MWh, 0, PlantYearReader.MaxMegawattHours, "MWh");
            if (c.Source == "grid" && c.MWh > 0 && e.GridEf is null)
            {
                errors.Add(new("$.electricity.gridEf_tCO2_per_MWh", "required when grid electricity is consumed"));
            }
        }
    }

    private static void Items(List<ValidationError> errors, string path, IReadOnlyList<NamedMass> items)
    {
        Count(errors, path, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Name(errors, $"{path}[{i}].name", items[i].Name);
            Mass(errors, $"{path}[{i}].mass_t", items[i].Mass);
        }
    }

    private static void Count(List<ValidationError> errors, string path, int count)
    {
        if (count > MaxItems)
        {
            errors.Add(new(path, $"{count} items; at most {MaxItems}"));
        }
    }

    private static void Name(List<ValidationError> errors, string path, string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || name.Any(char.IsControl))
        {
            errors.Add(new(path, "a name has 1 to 200 characters and no control characters"));
        }
    }

    private static void Mass(List<ValidationError> errors, string path, decimal value) =>
        Range(errors, path, value, 0, PlantYearReader.MaxTonnes, "t");

    private static void Range(List<ValidationError> errors, string path, decimal value, decimal min, decimal max, string unit)
    {
        if (value < min || value > max)
        {
            errors.Add(new(path, $"{value} is out of range: {min} to {max} ({unit})"));
        }
    }
}
