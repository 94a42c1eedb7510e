using System.Text;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Factors;

namespace Calcine.Cli.Tests;

/// <summary>Runs <c>calcine co2 factors</c> in-process with real arguments and reads what a user sees.</summary>
public class FactorsCommandTests
{
    private sealed record Run(int ExitCode, string Out, string Err);

    private static Run Factors(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var code = CalcineCli.Run(["co2", "factors", .. args], new CliConsole(new MemoryStream(), stdout, stderr));
        return new Run(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>The ids of the table rows: the lines between the header and the summary line.</summary>
    private static List<string> TableIds(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID ", lines[0], StringComparison.Ordinal);
        return [.. lines.Skip(1).TakeWhile(l => !l.Contains(" factor(s) from library ", StringComparison.Ordinal)).Select(l => l.Split(' ')[0])];
    }

    [Fact]
    public void Factors_NoOptions_ListsTheWholeLibrary()
    {
        var run = Factors();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        Assert.Equal(FactorLibraryLoader.Default.Factors.Select(f => f.Id), TableIds(run.Out));
        Assert.Contains($"{FactorLibraryLoader.Default.Factors.Count} factor(s) from library {FactorLibraryLoader.Default.Version}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_Table_IsAligned()
    {
        var lines = Factors("--kind", "grid").Out.Split('\n');
        var header = lines[0];
        var rows = lines.Skip(1).TakeWhile(l => l.StartsWith("grid-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);

        // Every column starts where its header starts (the value column is right-aligned: it ends where
        // its header ends).
        foreach (var column in new[] { "UNIT", "COUNTRY", "VALID", "CONFIDENCE", "SOURCE" })
        {
            var at = header.IndexOf(column, StringComparison.Ordinal);
            Assert.All(rows, r => Assert.True(r[at - 1] == ' ' && r[at] != ' ', $"{column} misaligned in: {r}"));
        }

        var valueEnd = header.IndexOf("VALUE", StringComparison.Ordinal) + "VALUE".Length;
        Assert.All(rows, r => Assert.True(r[valueEnd - 1] != ' ' && r[valueEnd] == ' ', $"VALUE misaligned in: {r}"));
    }

    [Fact]
    public void Factors_SearchPetroleumCoke_FindsTheIpccAndGccaEntries()
    {
        var run = Factors("--search", "Petroleum COKE");

        Assert.Equal(0, run.ExitCode);
        var ids = TableIds(run.Out);
        Assert.Contains("ipcc2006-ncv-petroleum-coke", ids);
        Assert.Contains("ipcc2006-co2-petroleum-coke", ids);
        Assert.Contains("gcca31-ef-petcoke", ids);
        Assert.DoesNotContain("ipcc2006-co2-lignite", ids);
    }

    [Fact]
    public void Factors_ChinaGridFor2024_IsOnlyTheEtsFactor()
    {
        var run = Factors("--kind", "grid", "--country", "cn", "--year", "2024");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["grid-cn-2022-ets"], TableIds(run.Out));
        Assert.Contains("0.5703", run.Out, StringComparison.Ordinal);
        Assert.Contains("2023-2025", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_ConfidenceFilter_IsCaseInsensitive_AndTheSummaryCountsUnverified()
    {
        var run = Factors("--confidence", "recalled");

        Assert.Equal(0, run.ExitCode);
        var ids = TableIds(run.Out);
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Equal(FactorConfidence.Recalled, FactorLibraryLoader.Default.Get(id).Confidence));
        Assert.Contains($"{ids.Count} unverified", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_Json_PrintsFullEntriesThatTheLoaderReadsBack()
    {
        var run = Factors("--country", "AZ", "--year", "2024", "--json");

        Assert.Equal(0, run.ExitCode);
        var printed = FactorLibraryLoader.Parse(Encoding.UTF8.GetBytes(run.Out), "stdout");
        var expected = FactorLibraryLoader.Default.Search(new FactorQuery { Country = "AZ", Year = 2024 });
        Assert.NotEmpty(printed.Factors);
        Assert.Equal(expected, printed.Factors);
        Assert.All(printed.Factors, f => Assert.True(f.Country == "AZ" && f.ValidIn(2024), f.Id));
    }

    [Fact]
    public void Factors_Id_ShowsTheWholeEntry()
    {
        var run = Factors("--id", "grid-cn-2022-ets");
        var factor = FactorLibraryLoader.Default.Get("grid-cn-2022-ets");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0.5703 t CO2/MWh", run.Out, StringComparison.Ordinal);
        Assert.Contains(factor.Source, run.Out, StringComparison.Ordinal);
        Assert.Contains(factor.Notes!, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_IdOfUnverifiedEntry_SaysSo()
    {
        var run = Factors("--id", "cbam-factor-2030");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Recalled (unverified: check before use)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_IdWithJson_PrintsOneEntry()
    {
        var run = Factors("--id", "gcca31-clinker-b1-default", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal("gcca31-clinker-b1-default", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal(0.525m, doc.RootElement.GetProperty("value").GetDecimal());
        Assert.Equal("Found", doc.RootElement.GetProperty("confidence").GetString());
    }

    [Fact]
    public void Factors_UnknownId_Exits1WithSimilarIdsOnStderr()
    {
        var run = Factors("--id", "grid-cn-2030-ets");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("factor grid-cn-2030-ets is not in library", run.Err, StringComparison.Ordinal);
        Assert.Contains("grid-cn-2022-ets", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_NoMatch_Exits1WithMessageOnStderr()
    {
        var run = Factors("--search", "unobtainium");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("no factor in library", run.Err, StringComparison.Ordinal);
        Assert.Contains("unobtainium", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--kind", "grid-factor")]
    [InlineData("--country", "EUR")]
    [InlineData("--year", "recent")]
    [InlineData("--library", "1999.1")]
    [InlineData("--confidence", "certain")]
    public void Factors_InvalidOption_IsAUsageErrorNotACrash(string option, string value)
    {
        var run = Factors(option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(value, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_IdCombinedWithAFilter_IsRejected()
    {
        var run = Factors("--id", "grid-cn-2022-ets", "--year", "2024");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot be combined", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Factors_ExplicitLibraryVersion_IsUsed()
    {
        var version = FactorLibraryLoader.Versions[0];
        var run = Factors("--library", version, "--kind", "cbam-factor");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"from library {version}", run.Out, StringComparison.Ordinal);
        Assert.Equal(FactorLibraryLoader.Load(version).Search(new FactorQuery { Kind = "cbam-factor" }).Select(f => f.Id), TableIds(run.Out));
    }
}
