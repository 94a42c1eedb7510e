using System.Globalization;
using System.Text;
using System.Text.Json;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

public class CemsEvaluateCommandTests
{
    private const string Header = "timestamp,o2_pct,pm_mg_m3,so2_mg_m3,nox_mg_m3,flag";
    private const string Row1 = "2025-03-01T00:00:00+08:00,11.24,3.42,11.51,31.73,N";
    private const string Row2 = "2025-03-01T00:01:00+08:00,10.77,2.77,9.97,28.75,N";
    private const string Row3 = "2025-03-01T00:02:00+08:00,11.63,5.05,9.82,29.99,N";

    private sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    private static Outcome Run(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CalcineCli.Run(args, new CliConsole(input, stdout, stderr));
        return new Outcome(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static Outcome Evaluate(string csv, params string[] extra) =>
        Run(Encoding.UTF8.GetBytes(csv), ["cems", "evaluate", "--input", "-", "--rules", "cn-ule-2024-kiln", .. extra]);

    private static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>One hour of 60 minute rows at 10 % O2 (correction factor 1).</summary>
    private static IEnumerable<string> Hour(DateTimeOffset start, double pm, double so2, double nox, string flag = "N") =>
        Enumerable.Range(0, 60).Select(m => string.Create(CultureInfo.InvariantCulture,
            $"{start.AddMinutes(m):yyyy-MM-dd'T'HH:mm:sszzz},10,{pm},{so2},{nox},{flag}"));

    [Fact]
    public void Evaluate_WorkedExample_ReproducesExpectedJson()
    {
        var outcome = Run(null, "cems", "evaluate", "--input", Examples.PathOf("kiln-tail-3-days.csv"), "--rules", "cn-ule-2024-kiln");

        Assert.Equal("", outcome.StandardError);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(JsonExpectation.Compare(Examples.Read("kiln-tail-3-days.expected.json"), outcome.StandardOutput));
    }

    [Fact]
    public void Evaluate_WorkedExampleWithCrlfBomAndReorderedColumns_GivesTheSameResult()
    {
        var lines = File.ReadAllLines(Examples.PathOf("kiln-tail-3-days.csv"));
        var reordered = lines.Select(l => l.Split(',')).Select(f => string.Join(',', f[5], f[0], f[4], f[1], f[3], f[2]));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", reordered) + "\r\n\r\n")).ToArray();

        var outcome = Run(bytes, "cems", "evaluate", "--input", "-", "--rules", "cn-ule-2024-kiln");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Empty(JsonExpectation.Compare(Examples.Read("kiln-tail-3-days.expected.json"), outcome.StandardOutput));
    }

    [Theory]
    [InlineData("gb4915-2013", 0)]
    [InlineData("gb4915-2013-special", 1)]
    public void Evaluate_Standard_SelectsGeneralOrSpecialLimits(string standard, int exceedances)
    {
        var start = new DateTimeOffset(2025, 3, 1, 5, 0, 0, TimeSpan.FromHours(8));
        var csv = Lines([Header, .. Hour(start, 3, 10, 350), .. Hour(start.AddHours(1), 3, 10, 40)]);

        var outcome = Evaluate(csv, "--standard", standard);

        Assert.Equal(0, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Equal(standard, doc.RootElement.GetProperty("standard").GetString());
        var nox = doc.RootElement.GetProperty("months")[0].GetProperty("pollutants").GetProperty("nox");
        var list = nox.GetProperty("standardExceedances");
        Assert.Equal(exceedances, list.GetArrayLength());
        if (exceedances == 1)
        {
            Assert.Equal("2025-03-01T05:00:00+08:00", list[0].GetProperty("hour").GetString());
            Assert.Equal(350.0, list[0].GetProperty("value").GetDouble(), 9);
            Assert.Equal(320.0, list[0].GetProperty("limit").GetDouble());
        }
    }

    [Fact]
    public void Evaluate_ExceedingHours_AreReportedAsEvents()
    {
        var start = new DateTimeOffset(2025, 3, 1, 5, 0, 0, TimeSpan.FromHours(8));
        var csv = Lines([Header, .. Hour(start, 3, 10, 60), .. Hour(start.AddHours(1), 3, 10, 75), .. Hour(start.AddHours(2), 3, 10, 40)]);

        var outcome = Evaluate(csv);

        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        var e = Assert.Single(doc.RootElement.GetProperty("exceedanceEvents").EnumerateArray());
        Assert.Equal(("nox", "ule"), (e.GetProperty("pollutant").GetString(), e.GetProperty("against").GetString()));
        Assert.Equal("2025-03-01T05:00:00+08:00", e.GetProperty("start").GetString());
        Assert.Equal("2025-03-01T07:00:00+08:00", e.GetProperty("end").GetString());
        Assert.Equal(2, e.GetProperty("hours").GetInt32());
        Assert.Equal(0.5, e.GetProperty("peakExceedanceMultiple").GetDouble(), 9);
    }

    [Fact]
    public void Evaluate_Periods_WritesEveryHourWithStatusAndValue()
    {
        var start = new DateTimeOffset(2025, 3, 1, 5, 0, 0, TimeSpan.FromHours(8));
        var csv = Lines([Header, .. Hour(start, 3, 10, 60), .. Hour(start.AddHours(2), 4, 10, 40, "F")]);

        var outcome = Evaluate(csv, "--periods");

        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        var hours = doc.RootElement.GetProperty("hours");
        Assert.Equal(3, hours.GetArrayLength());
        Assert.Equal(("valid", 60.0), (hours[0].GetProperty("status").GetString(), hours[0].GetProperty("nox").GetDouble()));
        Assert.Equal(("invalid", 0), (hours[1].GetProperty("status").GetString(), hours[1].GetProperty("records").GetInt32()));
        Assert.Equal(JsonValueKind.Null, hours[1].GetProperty("pm").ValueKind);
        Assert.Equal(("shutdown", 60), (hours[2].GetProperty("status").GetString(), hours[2].GetProperty("shutdownMinutes").GetInt32()));
        Assert.False(Evaluate(csv).StandardOutput.Contains("\"hours\": [", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_EuRules_WritesDailyAverages()
    {
        var outcome = Run(null, "cems", "evaluate", "--input", Examples.PathOf("kiln-tail-3-days.csv"), "--rules", "eu-ied-annex-vi-cement");

        Assert.Equal(0, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        Assert.Equal(3, doc.RootElement.GetProperty("days").GetArrayLength());
        Assert.Equal(2025, doc.RootElement.GetProperty("years")[0].GetProperty("year").GetInt32());
    }

    [Fact]
    public void Evaluate_EuRulesWithStandard_IsRefused()
    {
        var outcome = Run(null, "cems", "evaluate", "--input", Examples.PathOf("kiln-tail-3-days.csv"), "--rules", "eu-ied-annex-vi-cement", "--standard", "gb4915-2013");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.StandardOutput);
        Assert.Contains("--standard", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownRules_IsRefusedNamingTheValue()
    {
        var outcome = Run(Encoding.UTF8.GetBytes(Lines(Header, Row1)), "cems", "evaluate", "--input", "-", "--rules", "cn-ule-2030");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("cn-ule-2030", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ruleSet\"", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsOneNamingIt()
    {
        var outcome = Run(null, "cems", "evaluate", "--input", "/nonexistent/minutes.csv", "--rules", "cn-ule-2024-kiln");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.StandardOutput);
        Assert.Contains("/nonexistent/minutes.csv: file not found", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownFlagCodes_AreCountedAsInvalidAndListed()
    {
        var outcome = Evaluate(Lines(Header, Row1, Row2.Replace(",N", ",Md", StringComparison.Ordinal), Row3));

        Assert.Equal(0, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        var input = doc.RootElement.GetProperty("input");
        Assert.Equal(1, input.GetProperty("otherFlagCodes").GetProperty("Md").GetInt32());
        Assert.Equal(1, input.GetProperty("minuteFlags").GetProperty("other").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("months")[0].GetProperty("pollutants").GetProperty("pm").GetProperty("invalidHours").GetInt32());
    }

    public static TheoryData<string, byte[], int, string?> MalformedInputs()
    {
        static byte[] B(string s) => Encoding.UTF8.GetBytes(s);
        return new TheoryData<string, byte[], int, string?>
        {
            { "bad number", B(Lines(Header, Row1, Row2.Replace("2.77", "2.7x7", StringComparison.Ordinal))), 3, "column 3 (pm_mg_m3)" },
            { "decimal comma", B(Lines(Header, Row1, Row2.Replace("2.77", "2,77", StringComparison.Ordinal))), 3, null },
            { "too few columns", B(Lines(Header, Row1, "2025-03-01T00:01:00+08:00,10.77,2.77,9.97,N")), 3, null },
            { "unknown header layout", B(Lines("time,o2,pm,so2,nox,flag", Row1)), 1, null },
            { "header missing a column", B(Lines("timestamp,o2_pct,pm_mg_m3,so2_mg_m3,flag", Row1)), 1, null },
            { "header with a duplicate column", B(Lines("timestamp,o2_pct,pm_mg_m3,pm_mg_m3,nox_mg_m3,flag", Row1)), 1, null },
            { "time going backwards", B(Lines(Header, Row1, Row3, Row2)), 4, "column 1 (timestamp)" },
            { "duplicate timestamp", B(Lines(Header, Row1, Row2, Row2)), 4, "column 1 (timestamp)" },
            { "two records in one minute", B(Lines(Header, Row1, Row1.Replace("00:00:00+", "00:00:30+", StringComparison.Ordinal))), 3, "column 1 (timestamp)" },
            { "NaN", B(Lines(Header, Row1, Row2.Replace("9.97", "NaN", StringComparison.Ordinal))), 3, "column 4 (so2_mg_m3)" },
            { "Infinity", B(Lines(Header, Row1, Row2.Replace("28.75", "Infinity", StringComparison.Ordinal))), 3, "column 5 (nox_mg_m3)" },
            { "overflowing number", B(Lines(Header, Row1, Row2.Replace("28.75", "1e400", StringComparison.Ordinal))), 3, "column 5 (nox_mg_m3)" },
            { "oversized line", B(Lines(Header, Row1, Row2 + new string(' ', 2000))), 3, null },
            { "empty file", [], 1, null },
            { "byte order mark only", Encoding.UTF8.GetPreamble(), 1, null },
            { "header only", B(Lines(Header)), 2, null },
            { "timestamp without offset", B(Lines(Header, Row1, Row2.Replace("+08:00", "", StringComparison.Ordinal))), 3, "column 1 (timestamp)" },
            { "impossible date", B(Lines(Header, Row1.Replace("03-01", "02-30", StringComparison.Ordinal))), 2, "column 1 (timestamp)" },
            { "empty O2", B(Lines(Header, Row1, Row2.Replace("10.77", "", StringComparison.Ordinal))), 3, "column 2 (o2_pct)" },
            { "negative O2", B(Lines(Header, Row1, Row2.Replace("10.77", "-1", StringComparison.Ordinal))), 3, "column 2 (o2_pct)" },
            { "air O2 on a valid minute", B(Lines(Header, Row1, Row2.Replace("10.77", "21.0", StringComparison.Ordinal))), 3, "column 2 (o2_pct)" },
            { "empty flag", B(Lines(Header, Row1, Row2[..^1])), 3, "column 6 (flag)" },
            { "flag with punctuation", B(Lines(Header, Row1, Row2 + "!")), 3, "column 6 (flag)" },
            { "quoted number", B(Lines(Header, Row1, Row2.Replace("2.77", "\"2.77\"", StringComparison.Ordinal))), 3, "column 3 (pm_mg_m3)" },
            { "blank line inside the data", B(Lines(Header, Row1, "", Row2)), 3, null },
            { "offset change inside an hour", B(Lines(Header, Row1, "2025-03-01T01:01:00+09:00,10.77,2.77,9.97,28.75,N")), 3, "column 1 (timestamp)" },
            { "binary garbage", [.. B(Header + "\n"), 0x00, 0xFF, 0xFE, (byte)'\n'], 2, null },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedInputs))]
    public void Evaluate_MalformedInput_ExitsOneNamingTheLine(string name, byte[] csv, int line, string? column)
    {
        var outcome = Run(csv, "cems", "evaluate", "--input", "-", "--rules", "cn-ule-2024-kiln");

        Assert.True(outcome.ExitCode == 1, $"{name}: exit {outcome.ExitCode}, stderr {outcome.StandardError}");
        Assert.Equal("", outcome.StandardOutput);
        var error = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches($"^error: line {line}[,:] ", error);
        if (column is not null)
        {
            Assert.Contains($"line {line}, {column}: ", error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
    }
}
