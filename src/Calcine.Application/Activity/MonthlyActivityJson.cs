using System.Text.Json;

namespace Calcine.Application.Activity;

/// <summary>The stored form of a month: written and read back by the same options.</summary>
public static class MonthlyActivityJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Write(MonthlyActivity month) => JsonSerializer.Serialize(month, Options);

    public static MonthlyActivity Parse(string json) =>
        JsonSerializer.Deserialize<MonthlyActivity>(json, Options) ?? throw new InvalidDataException("a stored month is empty");

    public static JsonElement Element(MonthlyActivity month) => JsonSerializer.SerializeToElement(month, Options);
}
