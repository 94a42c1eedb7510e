using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Calcine.Cli.Tests;

/// <summary><c>cems evaluate --limits FILE</c>: a permit's or province's limit set in place of GB 4915.</summary>
public class CemsSiteLimitsTests
{
    private const string Header = "timestamp,o2_pct,pm_mg_m3,so2_mg_m3,nox_mg_m3,flag";

    private const string Permit = """
        {
          // Permit values for kiln 1, stricter than GB 4915 and tightened in 2025-03.
          "id": "permit-k1", "title": "Permit 913400 kiln 1 tail", "source": "kiln-tail", "referenceO2Percent": 10,
          "versions": [
            { "effectiveFrom": "2024-01-01", "source": "Permit 913400 (2024)", "confidence": "V-prim", "limits": { "pm": 20, "so2": 100, "nox": 200 } },
            { "effectiveFrom": "2025-03-02", "source": "Permit 913400 (2025 renewal)", "confidence": "V-prim", "limits": { "pm": 10, "so2": 50, "nox": 100 } }
          ]
        }
        """;

    private static (int Exit, string Out, string Err) Evaluate(string limitsJson, string csv, params string[] extra)
    {
        var file = Path.Combine(Path.GetTempPath(), $"calcine-limits-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, limitsJson);
        try
        {
            using var input = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();
            var exit = CalcineCli.Run(["cems", "evaluate", "--input", "-", "--rules", "cn-ule-2024-kiln", "--limits", file, .. extra], new CliConsole(input, stdout, stderr));
            return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString().Replace(file, "FILE", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Hours(DateTimeOffset start, params double[] noxPerHour) =>
        string.Join('\n', [Header, .. noxPerHour.SelectMany((nox, h) => Enumerable.Range(0, 60).Select(m => string.Create(CultureInfo.InvariantCulture,
            $"{start.AddHours(h).AddMinutes(m):yyyy-MM-dd'T'HH:mm:sszzz},10,3,10,{nox},N")))]) + "\n";

    [Fact]
    public void Evaluate_PermitLimits_JudgeEachDayByTheVersionInForce()
    {
        // NOx 150 on 2025-03-01 (limit 200: compliant) and on 2025-03-02 (limit 100: exceeds).
        var csv = Hours(new DateTimeOffset(2025, 3, 1, 23, 0, 0, TimeSpan.FromHours(8)), 150, 150);

        var (exit, output, err) = Evaluate(Permit, csv);

        Assert.Equal("", err);
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("permit-k1", doc.RootElement.GetProperty("standard").GetString());
        var list = doc.RootElement.GetProperty("months")[0].GetProperty("pollutants").GetProperty("nox").GetProperty("standardExceedances");
        var x = Assert.Single(list.EnumerateArray());
        Assert.Equal(("2025-03-02T00:00:00+08:00", 100.0), (x.GetProperty("hour").GetString(), x.GetProperty("limit").GetDouble()));
    }

    [Fact]
    public void Evaluate_LimitsAndStandardTogether_IsRefused()
    {
        var (exit, output, err) = Evaluate(Permit, Hours(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), 40), "--standard", "gb4915-2013");

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("--limits", err, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Malformed() => new()
    {
        { "unknown key", Permit.Replace("\"title\"", "\"titel\"", StringComparison.Ordinal), "$.titel: unknown key" },
        { "missing versions", """{ "id": "p", "title": "t", "source": "kiln-tail", "referenceO2Percent": 10 }""", "$.versions: is required" },
        { "unknown source", Permit.Replace("\"kiln-tail\"", "\"chimney\"", StringComparison.Ordinal), "$.source: 'chimney' is not one of" },
        { "versions out of order", Permit.Replace("2025-03-02", "2023-12-31", StringComparison.Ordinal), "$.versions[1].effectiveFrom: 2023-12-31 is not after" },
        { "bad date", Permit.Replace("2024-01-01", "2024-13-01", StringComparison.Ordinal), "$.versions[0].effectiveFrom: '2024-13-01' is not a date" },
        { "negative limit", Permit.Replace("\"pm\": 20", "\"pm\": -20", StringComparison.Ordinal), "$.versions[0].limits.pm: -20 is outside" },
        { "limit as text", Permit.Replace("\"pm\": 20", "\"pm\": \"20\"", StringComparison.Ordinal), "$.versions[0].limits.pm: must be a number, not string" },
        { "huge limit", Permit.Replace("\"pm\": 20", "\"pm\": 1e400", StringComparison.Ordinal), "$.versions[0].limits.pm" },
        { "unknown pollutant", Permit.Replace("\"so2\": 100", "\"hg\": 0.05", StringComparison.Ordinal), "$.versions[0].limits.hg: unknown key" },
        { "no limits", Permit.Replace("{ \"pm\": 20, \"so2\": 100, \"nox\": 200 }", "{}", StringComparison.Ordinal), "$.versions[0].limits: needs at least one" },
        { "bad confidence", Permit.Replace("\"confidence\": \"V-prim\", \"limits\": { \"pm\": 20", "\"confidence\": \"sure\", \"limits\": { \"pm\": 20", StringComparison.Ordinal), "$.versions[0].confidence: 'sure'" },
        { "other source type", Permit.Replace("\"kiln-tail\", \"referenceO2Percent\": 10", "\"kiln-head\", \"referenceO2Percent\": null", StringComparison.Ordinal), "--limits: the limit set 'permit-k1' is for kiln-head" },
        { "other reference O2", Permit.Replace("\"referenceO2Percent\": 10", "\"referenceO2Percent\": 8", StringComparison.Ordinal), "at 8 % O2" },
        { "truncated", Permit[..120], "not valid JSON" },
        { "not an object", "[1, 2]", "$: must be an object, not array" },
        { "duplicate key", Permit.Replace("\"id\": \"permit-k1\"", "\"id\": \"a\", \"id\": \"b\"", StringComparison.Ordinal), "$.id: the key appears twice" },
        { "control character in title", Permit.Replace("Permit 913400 kiln 1 tail", "Permit\\u0000kiln", StringComparison.Ordinal), "$.title: must be 1 to 200 printable characters" },
        { "deep nesting", "{\"id\":" + new string('[', 50) + new string(']', 50) + "}", "not valid JSON" },
        { "oversized", "{\"id\":\"" + new string('x', 300_000) + "\"}", "at most 262144" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Evaluate_MalformedLimits_ExitsOneNamingThePath(string name, string json, string expected)
    {
        var (exit, output, err) = Evaluate(json, Hours(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), 40));

        Assert.True(exit == 1, name);
        Assert.Equal("", output);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
