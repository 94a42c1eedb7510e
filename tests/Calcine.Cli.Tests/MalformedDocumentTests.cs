using System.Text;
using Calcine.Application.Co2.Document;
using Calcine.Cli.Tests.Malformed;

namespace Calcine.Cli.Tests;

/// <summary>Bad input never crashes <c>co2 calc</c> or <c>co2 validate</c>: every malformed document
/// exits 1 with nothing on stdout and one "error: PATH: message" line per problem on stderr.</summary>
public class MalformedDocumentTests
{
    public static TheoryData<string> CaseNames() => [.. MalformedDocuments.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Calc_MalformedDocument_ExitsOneAndNamesExactlyTheExpectedPaths(string name)
    {
        var c = MalformedDocuments.Get(name);
        using var file = new TempFile(c.Document());

        CapturedRun.InProcess("co2", "calc", "--input", file.Path).AssertRejected(c.ExpectedPaths);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Validate_MalformedDocument_ExitsOneAndNamesExactlyTheExpectedPaths(string name)
    {
        var c = MalformedDocuments.Get(name);
        using var file = new TempFile(c.Document());

        CapturedRun.InProcess("co2", "validate", "--input", file.Path).AssertRejected(c.ExpectedPaths);
    }

    [Fact]
    public void Calc_BaseDocumentOfTheCases_IsValid()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(BaseDocument.Text));

        var r = CapturedRun.InProcess("co2", "calc", "--input", file.Path);

        Assert.True(r.ExitCode == 0, r.StandardError);
        Assert.Contains("\"grossCo2_t\"", r.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_AtLeastForty_UniquelyNamed()
    {
        Assert.True(MalformedDocuments.All.Count >= 40, $"{MalformedDocuments.All.Count} cases");
        Assert.Equal(MalformedDocuments.All.Count, MalformedDocuments.All.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Calc_SeveralErrors_ReportsEveryOneOnItsOwnLine()
    {
        var text = BaseDocument.Text
            .Replace("\"plant-year/1\"", "\"plant-year/0\"", StringComparison.Ordinal)
            .Replace("\"kilnProcess\": \"dry\"", "\"kilnProcess\": \"rotary\"", StringComparison.Ordinal)
            .Replace("\"lhv_GJ_per_t\": 18.0", "\"lhv_GJ_per_t\": \"18\"", StringComparison.Ordinal)
            .Replace("\"source\": \"grid\", \"MWh\": 70000", "\"source\": \"sun\", \"MWh\": 70000", StringComparison.Ordinal)
            .Replace("\"year\": 2024", "\"year\": 2024, \"yaer\": 2024", StringComparison.Ordinal);
        using var file = new TempFile(Encoding.UTF8.GetBytes(text));

        var r = CapturedRun.InProcess("co2", "calc", "--input", file.Path);

        string[] paths = ["$.format", "$.plant.kilnProcess", "$.fuels[1].lhv_GJ_per_t", "$.electricity.consumption[0].source", "$.yaer"];
        r.AssertRejected(paths);
        Assert.Equal(paths.Length, r.ErrorLines.Count);
    }

    [Fact]
    public void Calc_ThousandsOfErrors_ReportsTheFirstHundredAndACount()
    {
        var doc = BaseDocument.Parse();
        for (var i = 0; i < 5000; i++)
        {
            doc[$"unknown{i}"] = i;
        }

        using var file = new TempFile(Encoding.UTF8.GetBytes(doc.ToJsonString()));

        var r = CapturedRun.InProcess("co2", "calc", "--input", file.Path);

        r.AssertRejected([.. Enumerable.Range(0, PlantYearReader.MaxReportedErrors).Select(i => $"$.unknown{i}"), "$"]);
        Assert.Equal(PlantYearReader.MaxReportedErrors + 1, r.ErrorLines.Count);
        Assert.Equal("error: $: 4900 more errors not shown; fix the ones above first", r.ErrorLines[^1]);
    }

    [Fact]
    public void Calc_FiftyMegabyteDocument_IsRefusedBeforeItIsLoaded()
    {
        using var file = new TempFile();
        WriteHugeDocument(file.Path, 50L * 1024 * 1024);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var r = CapturedRun.InProcess("co2", "calc", "--input", file.Path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        r.AssertRejected(["$"]);
        Assert.Contains($"at most {PlantYearReader.MaxDocumentBytes} bytes", r.StandardError, StringComparison.Ordinal);
        Assert.True(allocated < PlantYearReader.MaxDocumentBytes, $"{allocated} bytes allocated to refuse the document");
    }

    [Fact]
    public void Calc_EndlessDevice_IsRefusedAtTheSizeLimit()
    {
        // /dev/zero reports a length of 0 and never ends: the limit must hold while reading too.
        Assert.True(File.Exists("/dev/zero"), "these tests run on Linux");

        var r = CapturedRun.InProcess("co2", "calc", "--input", "/dev/zero");

        r.AssertRejected(["$"]);
        Assert.Contains($"at most {PlantYearReader.MaxDocumentBytes} bytes", r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"calcine-missing-{Guid.NewGuid():N}.json");

        var r = CapturedRun.InProcess("co2", "calc", "--input", path);

        r.AssertRejected([path]);
        Assert.Contains("not found", r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Calc_DirectoryInsteadOfFile_SaysItIsADirectory()
    {
        var directory = Directory.CreateTempSubdirectory("calcine-malformed-").FullName;
        try
        {
            var r = CapturedRun.InProcess("co2", "calc", "--input", directory);

            r.AssertRejected([directory]);
            Assert.Contains("directory", r.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bad\0name.json")]
    public void Calc_UnusableFileName_IsAnErrorNotACrash(string path)
    {
        var r = CapturedRun.InProcess("co2", "calc", "--input", path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.StandardOutput);
        r.AssertNoStackTrace();
        Assert.All(r.ErrorLines, l => Assert.StartsWith("error: ", l, StringComparison.Ordinal));
        Assert.All(r.ErrorLines, l => Assert.False(l.Any(char.IsControl), l));
    }

    [Fact]
    public void Validate_OneOfSeveralFilesBroken_NamesTheFileAndThePath()
    {
        using var good = new TempFile(Encoding.UTF8.GetBytes(BaseDocument.Text));
        using var bad = new TempFile(MalformedDocuments.Get("negative lhv").Document());

        var r = CapturedRun.InProcess("co2", "validate", "--input", good.Path, bad.Path);

        r.AssertRejected([$"{bad.Path}: $.fuels[1].lhv_GJ_per_t"]);
    }

    [Fact]
    public void Calc_UnknownMethod_FailsWithoutStackTrace()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(BaseDocument.Text));

        var r = CapturedRun.InProcess("co2", "calc", "--input", file.Path, "--method", "gcca-9000");

        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("", r.StandardOutput);
        Assert.Contains("gcca-9000", r.StandardError, StringComparison.Ordinal);
        Assert.All(r.ErrorLines, l => Assert.StartsWith("error: ", l, StringComparison.Ordinal));
        r.AssertNoStackTrace();
    }

    [Fact]
    public void Calc_Help_StillPrintsUsageOnStdout()
    {
        var r = CapturedRun.InProcess("co2", "calc", "--help");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--input", r.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("", r.StandardError);
    }

    [Fact]
    public void Calc_WithoutInputOption_FailsWithoutStackTrace()
    {
        var r = CapturedRun.InProcess("co2", "calc");

        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("--input", r.StandardError, StringComparison.Ordinal);
        r.AssertNoStackTrace();
    }

    /// <summary>A syntactically valid document of at least <paramref name="size"/> bytes, streamed to
    /// disk so the test itself never holds it in memory.</summary>
    private static void WriteHugeDocument(string path, long size)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write("""{"format":"plant-year/1","plant":{"id":"huge","kilnProcess":"dry"},"year":2024,"clinker":{"produced_t":1},"fuels":["""u8);
        var fuel = """{"category":"conventional-fossil","use":"kiln","mass_t":1,"lhv_GJ_per_t":25,"ef_kgCO2_per_GJ":95},"""u8.ToArray();
        var block = Enumerable.Repeat(fuel, 10_000).SelectMany(b => b).ToArray();
        while (stream.Length < size)
        {
            stream.Write(block);
        }

        stream.Write("""{"category":"biomass","use":"kiln","mass_t":1,"lhv_GJ_per_t":15,"ef_kgCO2_per_GJ":110}]}"""u8);
    }
}
