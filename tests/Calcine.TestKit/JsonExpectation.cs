using System.Globalization;
using System.Text.Json;

namespace Calcine.TestKit;

/// <summary>Every number, string and bool of the expected JSON must be at the same path in the actual
/// JSON, numbers to a relative tolerance (the rule of shared/tools/jsoncmp.py). Returns the differences.</summary>
public static class JsonExpectation
{
    public static IReadOnlyList<string> Compare(string expectedJson, string actualJson, double relativeTolerance = 1e-9)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        using var actual = JsonDocument.Parse(actualJson);
        var differences = new List<string>();
        Walk(expected.RootElement, actual.RootElement, "$", relativeTolerance, differences);
        return differences;
    }

    private static void Walk(JsonElement e, JsonElement a, string path, double tol, List<string> diffs)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (a.ValueKind != JsonValueKind.Object)
                {
                    diffs.Add($"{path}: expected object, got {a.ValueKind}");
                    return;
                }

                foreach (var p in e.EnumerateObject())
                {
                    if (a.TryGetProperty(p.Name, out var av))
                    {
                        Walk(p.Value, av, $"{path}.{p.Name}", tol, diffs);
                    }
                    else
                    {
                        diffs.Add($"{path}.{p.Name}: missing");
                    }
                }

                return;
            case JsonValueKind.Array:
                if (a.ValueKind != JsonValueKind.Array || a.GetArrayLength() != e.GetArrayLength())
                {
                    diffs.Add($"{path}: expected list of {e.GetArrayLength()}");
                    return;
                }

                for (var i = 0; i < e.GetArrayLength(); i++)
                {
                    Walk(e[i], a[i], $"{path}[{i}]", tol, diffs);
                }

                return;
            case JsonValueKind.Number:
                var x = e.GetDouble();
                if (a.ValueKind != JsonValueKind.Number)
                {
                    diffs.Add($"{path}: expected {x}, got {a.ValueKind}");
                    return;
                }

                var y = a.GetDouble();
                if (Math.Abs(x - y) > Math.Max(tol * Math.Max(Math.Abs(x), Math.Abs(y)), 1e-9))
                {
                    diffs.Add($"{path}: expected {x.ToString(CultureInfo.InvariantCulture)}, got {y.ToString(CultureInfo.InvariantCulture)}");
                }

                return;
            default:
                if (e.GetRawText() != a.GetRawText())
                {
                    diffs.Add($"{path}: expected {e.GetRawText()}, got {a.GetRawText()}");
                }

                return;
        }
    }
}
