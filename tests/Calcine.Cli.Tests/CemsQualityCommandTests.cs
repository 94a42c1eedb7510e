using System.Globalization;
using System.Text;
using System.Text.Json;
using Calcine.Cli.Tests.Malformed;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

public class CemsQualityCommandTests
{
    private const string Header = "timestamp,o2_pct,pm_mg_m3,so2_mg_m3,nox_mg_m3,flag";
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 5, 0, 0, TimeSpan.FromHours(8));

    private sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    private static Outcome Run(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CalcineCli.Run(args, new CliConsole(input, stdout, stderr));
        return new Outcome(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static string Lines(params IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    /// <summary>One hour of minute rows with O2 alternating 9 and 13 % and NOx 40 / 60, so the two
    /// ZsAvg methods differ: (a) ≈ 52.22, (b) = 55.</summary>
    private static IEnumerable<string> SwingingHour(DateTimeOffset start) =>
        Enumerable.Range(0, 60).Select(m => string.Create(CultureInfo.InvariantCulture,
            $"{start.AddMinutes(m):yyyy-MM-dd'T'HH:mm:sszzz},{(m % 2 == 1 ? 13 : 9)},{3 + (m % 4 * 0.1)},{10 + (m % 5 * 0.1)},{(m % 2 == 1 ? 60 : 40)},N"));

    private static string Minutes() => Lines([Header, .. SwingingHour(T0), .. SwingingHour(T0.AddHours(1))]);

    [Fact]
    public void Quality_WorkedExample_ReportsRatesConsistentWithEvaluate()
    {
        var quality = Run(null, "cems", "quality", "--input", Examples.PathOf("kiln-tail-3-days.csv"));
        var evaluate = Run(null, "cems", "evaluate", "--input", Examples.PathOf("kiln-tail-3-days.csv"), "--rules", "cn-ule-2024-kiln");

        Assert.Equal("", quality.StandardError);
        Assert.Equal(0, quality.ExitCode);
        using var q = JsonDocument.Parse(quality.StandardOutput);
        using var e = JsonDocument.Parse(evaluate.StandardOutput);
        var quarter = Assert.Single(q.RootElement.GetProperty("quarters").EnumerateArray());
        var pm = e.RootElement.GetProperty("months")[0].GetProperty("pollutants").GetProperty("pm");
        Assert.Equal(pm.GetProperty("captureRate").GetDouble(), quarter.GetProperty("captureRate").GetDouble(), 12);
        Assert.Equal(pm.GetProperty("shutdownHours").GetInt32(), quarter.GetProperty("shutdownHours").GetInt32());
        Assert.Equal(3, q.RootElement.GetProperty("days").GetArrayLength());
    }

    [Fact]
    public void Quality_DasValues_AreComparedWithBothMethods()
    {
        using var das = new TempFile(Encoding.UTF8.GetBytes(Lines(
            "hour,pollutant,zs_avg",
            "2025-03-01T05:00:00+08:00,nox,55.0",
            "2025-03-01T05:00:00+08:00,so2,25.0",
            "2025-03-01T09:00:00+08:00,nox,40")));

        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-", "--das", das.Path);

        Assert.Equal(0, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        var d = doc.RootElement.GetProperty("das");
        Assert.Equal((3, 1, 1, 1), (d.GetProperty("values").GetInt32(), d.GetProperty("matchesHourlyMethod").GetInt32(), d.GetProperty("disagrees").GetInt32(),
            d.GetProperty("notComparable").GetInt32()));
        var disagreement = d.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("verdict").GetString() == "disagrees");
        Assert.Equal("so2", disagreement.GetProperty("pollutant").GetString());
        Assert.True(disagreement.GetProperty("relativeDifferenceMinuteMethod").GetDouble() > 0.5);
    }

    [Fact]
    public void Quality_Config_ChangesTheTolerancesAndSwitchesDetectorsOff()
    {
        var csv = Lines([Header, .. Enumerable.Range(0, 60).Select(m => $"{T0.AddMinutes(m):yyyy-MM-dd'T'HH:mm:sszzz},10,0,10,40,N")]);
        using var config = new TempFile(Encoding.UTF8.GetBytes("""
            { "referenceO2Percent": 10, "das": { "relativeTolerance": 0.001 },
              "anomalies": { "zeroAtOrBelow": null, "stuckMinutes": 30, "channels": { "nox": { "rangeUpper": 35 } } } }
            """));

        var defaults = Run(Encoding.UTF8.GetBytes(csv), "cems", "quality", "--input", "-");
        var configured = Run(Encoding.UTF8.GetBytes(csv), "cems", "quality", "--input", "-", "--config", config.Path);

        using var d = JsonDocument.Parse(defaults.StandardOutput);
        using var c = JsonDocument.Parse(configured.StandardOutput);
        Assert.Equal(1, d.RootElement.GetProperty("anomalies").GetProperty("counts").GetProperty("zero").GetInt32());
        Assert.Equal(0, c.RootElement.GetProperty("anomalies").GetProperty("counts").GetProperty("zero").GetInt32());
        // pm, so2, nox and O2 never change: each is stuck.
        Assert.Equal(4, c.RootElement.GetProperty("anomalies").GetProperty("counts").GetProperty("stuck").GetInt32());
        Assert.Equal(1, c.RootElement.GetProperty("anomalies").GetProperty("counts").GetProperty("over-range").GetInt32());
        Assert.Equal(0.001, c.RootElement.GetProperty("settings").GetProperty("das").GetProperty("relativeTolerance").GetDouble());
    }

    [Fact]
    public void Quality_Hours_WritesFlagsAndBothMethods()
    {
        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-", "--hours");

        using var doc = JsonDocument.Parse(outcome.StandardOutput);
        var hour = doc.RootElement.GetProperty("hours")[0];
        Assert.Equal(("valid", "N"), (hour.GetProperty("status").GetString(), hour.GetProperty("flag").GetString()));
        var nox = hour.GetProperty("nox");
        Assert.Equal(((40 * 11.0 / 12) + (60 * 11.0 / 8)) / 2, nox.GetProperty("minuteMethod").GetDouble(), 9);
        Assert.Equal(55.0, nox.GetProperty("hourlyMethod").GetDouble(), 9);
        Assert.False(Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-").StandardOutput.Contains("\"hours\": [", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> MalformedDas() => new()
    {
        { "empty file", "", "--das D: line 1: the file is empty" },
        { "wrong header", Lines("hour,pollutant,zs"), "--das D: line 1: header" },
        { "extra column", Lines("hour,pollutant,zs_avg", "2025-03-01T05:00:00+08:00,nox,55,1"), "--das D: line 2: expected 3 columns" },
        { "truncated row", "hour,pollutant,zs_avg\n2025-03-01T05:00:00+08:00,nox", "--das D: line 2: expected 3 columns" },
        { "bad hour", Lines("hour,pollutant,zs_avg", "2025-03-01 05:00,nox,55"), "--das D: line 2, column 1 (hour): " },
        { "hour not on the hour", Lines("hour,pollutant,zs_avg", "2025-03-01T05:30:00+08:00,nox,55"), "--das D: line 2, column 1 (hour): " },
        { "unknown pollutant", Lines("pollutant,hour,zs_avg", "co,2025-03-01T05:00:00+08:00,55"), "--das D: line 2, column 1 (pollutant): 'co'" },
        { "decimal comma", Lines("hour,pollutant,zs_avg", "2025-03-01T05:00:00+08:00,nox,5,5"), "--das D: line 2: expected 3 columns" },
        { "nan", Lines("hour,pollutant,zs_avg", "2025-03-01T05:00:00+08:00,nox,NaN"), "--das D: line 2, column 3 (zs_avg): " },
        { "huge", Lines("hour,pollutant,zs_avg", "2025-03-01T05:00:00+08:00,nox,1e300"), "--das D: line 2, column 3 (zs_avg): " },
        { "duplicate", Lines("hour,pollutant,zs_avg", "2025-03-01T05:00:00+08:00,nox,5", "2025-03-01T05:00:00+08:00,nox,6"), "--das D: line 3: a second value" },
        { "blank line inside", Lines("hour,pollutant,zs_avg", "", "2025-03-01T05:00:00+08:00,nox,5"), "--das D: line 2: empty line" },
        { "binary", "hour,pollutant,zs_avg\n\0\xff\xfe,\u0001,\n", "--das D: line 2, column 1 (hour): " },
        { "overlong line", Lines("hour,pollutant,zs_avg", new string('9', 5000)), "--das D: line 2: the line is longer" },
    };

    [Theory]
    [MemberData(nameof(MalformedDas))]
    public void Quality_MalformedDas_ExitsOneNamingTheLine(string name, string das, string expectedStart)
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(das));

        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-", "--das", file.Path);

        AssertOneError(name, outcome, expectedStart.Replace("--das D", $"--das {file.Path}", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> MalformedConfigs() => new()
    {
        { "not JSON", "{ referenceO2Percent: 10 }", "--config: line 1: not valid JSON" },
        { "truncated", "{ \"anomalies\": { \"stuckMinutes\": 6", "--config: line 1: not valid JSON" },
        { "empty", "", "--config: line 1: not valid JSON" },
        { "array root", "[]", "--config: $: must be an object" },
        { "unknown key", "{ \"anomalies\": { \"stuckMinutez\": 60 } }", "--config: $.anomalies.stuckMinutez: unknown key" },
        { "wrong type", "{ \"das\": { \"relativeTolerance\": \"2%\" } }", "--config: $.das.relativeTolerance: must be a number" },
        { "out of range", "{ \"referenceO2Percent\": 21 }", "--config: $.referenceO2Percent: 21 is outside" },
        { "fraction for minutes", "{ \"anomalies\": { \"gapMinutes\": 2.5 } }", "--config: $.anomalies.gapMinutes: must be a whole number" },
        { "duplicate key", "{ \"das\": {}, \"das\": {} }", "--config: $.das: the key appears twice" },
        { "unknown channel", "{ \"anomalies\": { \"channels\": { \"co\": {} } } }", "--config: $.anomalies.channels.co: unknown key" },
        { "deep nesting", new string('[', 100) + new string(']', 100), "--config: line 1: not valid JSON" },
        { "null tolerance", "{ \"das\": { \"absoluteToleranceMgM3\": null } }", "--config: $.das.absoluteToleranceMgM3: must be a number, not null" },
    };

    [Theory]
    [MemberData(nameof(MalformedConfigs))]
    public void Quality_MalformedConfig_ExitsOneNamingThePath(string name, string config, string expectedStart)
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(config));

        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-", "--config", file.Path);

        AssertOneError(name, outcome, expectedStart);
    }

    [Fact]
    public void Quality_OversizedConfig_IsRefusedWithoutParsing()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 70_000) + "\"}"));

        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-", "--config", file.Path);

        AssertOneError("oversized", outcome, $"--config: {file.Path}: more than 65536 bytes");
    }

    [Theory]
    [InlineData("--input")]
    [InlineData("--das")]
    [InlineData("--config")]
    public void Quality_MissingFile_ExitsOneNamingTheOption(string option)
    {
        string[] args = option == "--input"
            ? ["cems", "quality", "--input", "/nonexistent/m.csv"]
            : ["cems", "quality", "--input", "-", option, "/nonexistent/x"];

        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), args);

        AssertOneError(option, outcome, $"{option}: /nonexistent/");
        Assert.Contains("file not found", outcome.StandardError, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string> MalformedMinutes()
    {
        static byte[] B(string s) => Encoding.UTF8.GetBytes(s);
        var rows = SwingingHour(T0).ToArray();
        return new TheoryData<string, byte[], string>
        {
            { "truncated row", B(Lines(Header, rows[0], rows[1][..30])), "--input -: line 3: expected 6 columns" },
            { "bad number", B(Lines(Header, rows[0], rows[1].Replace(",N", ",N,", StringComparison.Ordinal))), "--input -: line 3: expected 6 columns" },
            { "air O2 flagged N", B(Lines(Header, rows[0], $"{T0.AddMinutes(1):yyyy-MM-dd'T'HH:mm:sszzz},21,1,1,1,N")), "--input -: line 3, column 2 (o2_pct): " },
            { "binary", [.. B(Header + "\n"), 0x00, 0xFF, (byte)'\n'], "--input -: line 2: " },
            { "header only", B(Lines(Header)), "--input -: line 2: no minute records" },
        };
    }

    [Theory]
    [MemberData(nameof(MalformedMinutes))]
    public void Quality_MalformedMinutes_ExitsOneNamingTheLine(string name, byte[] csv, string expectedStart)
    {
        var outcome = Run(csv, "cems", "quality", "--input", "-");

        AssertOneError(name, outcome, expectedStart);
    }

    [Fact]
    public void Quality_DasAndInputBothFromStandardInput_IsRefused()
    {
        var outcome = Run(Encoding.UTF8.GetBytes(Minutes()), "cems", "quality", "--input", "-", "--das", "-");

        AssertOneError("stdin twice", outcome, "--das: standard input");
    }

    private static void AssertOneError(string name, Outcome outcome, string expectedStart)
    {
        Assert.True(outcome.ExitCode == 1, $"{name}: exit {outcome.ExitCode}, stderr {outcome.StandardError}");
        Assert.Equal("", outcome.StandardOutput);
        var error = Assert.Single(outcome.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {expectedStart}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
    }
}
