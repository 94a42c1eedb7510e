using System.Diagnostics;
using System.Text;
using Calcine.Cli.Tests.Malformed;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

/// <summary>The built <c>calcine.dll</c> started as its own process, as a user or a script starts it:
/// real stdout, stderr and exit code, with nothing of the test host in between.</summary>
public class BuiltCliProcessTests
{
    public static TheoryData<string> ExampleNames() => [.. Examples.PlantYearNames()];

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Calc_ContractExample_PrintsTheExpectedResult(string name)
    {
        var r = RunBuiltCli("co2", "calc", "--input", Examples.PathOf(name + ".json"));

        Assert.True(r.ExitCode == 0, r.StandardError);
        Assert.Empty(JsonExpectation.Compare(Examples.Read(name + ".expected.json"), r.StandardOutput));
    }

    [Fact]
    public void Calc_MalformedDocument_ExitsOneAndNamesThePath()
    {
        using var file = new TempFile(MalformedDocuments.Get("negative lhv").Document());

        var r = RunBuiltCli("co2", "calc", "--input", file.Path);

        r.AssertRejected(["$.fuels[1].lhv_GJ_per_t"]);
    }

    [Fact]
    public void Calc_UnknownMethod_FailsWithoutStackTrace()
    {
        var r = RunBuiltCli("co2", "calc", "--input", Examples.PathOf("cbam-kiln-and-mill.json"), "--method", "no-such-method");

        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("", r.StandardOutput);
        Assert.Contains("no-such-method", r.StandardError, StringComparison.Ordinal);
        r.AssertNoStackTrace();
    }

    private static CapturedRun RunBuiltCli(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "calcine.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built beside the tests");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"calcine {string.Join(' ', args)} did not finish within a minute");
        }

        return new CapturedRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
