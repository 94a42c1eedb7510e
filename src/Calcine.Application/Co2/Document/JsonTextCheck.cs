using System.Text.Json;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

/// <summary>Finds the strings and property names that are valid JSON but not valid text: an escape
/// such as <c>"\ud800"</c> names half of a surrogate pair, which System.Text.Json parses but cannot
/// turn into a .NET string. Run once over the whole document so the field readers never meet one.</summary>
internal static class JsonTextCheck
{
    private const string Why = "an unpaired surrogate escape such as \\ud800";

    public static void Check(JsonElement element, string path, List<ValidationError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (TryGetName(property) is { } name)
                    {
                        Check(property.Value, JsonObjectReader.PathOf(path, name), errors);
                    }
                    else
                    {
                        errors.Add(new(path, $"has a property name that is not valid Unicode text ({Why})"));
                    }
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, $"{path}[{i++}]", errors);
                }

                break;
            case JsonValueKind.String when !IsText(element):
                errors.Add(new(path, $"is not valid Unicode text ({Why})"));
                break;
        }
    }

    // System.Text.Json offers no non-throwing way to ask whether unescaping will succeed; the
    // exception is its answer to bad input, so it is turned into an error value right here.
    private static string? TryGetName(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsText(JsonElement value)
    {
        try
        {
            _ = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
