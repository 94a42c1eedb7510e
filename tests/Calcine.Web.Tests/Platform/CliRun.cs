using System.Diagnostics;
using System.Text;

namespace Calcine.Web.Tests.Platform;

/// <summary>Runs the built <c>calcine</c> CLI (same configuration as the tests) as a process.</summary>
public static class CliRun
{
    public static (int ExitCode, string StandardOutput, string StandardError) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssemblyPath());
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
            Assert.Fail("calcine did not finish within a minute");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string CliAssemblyPath()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = bin.Parent!.Name;
        for (var dir = bin; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Calcine.Cli", "bin", configuration, "net10.0", "calcine.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"calcine.dll ({configuration}) not found: build the solution first");
    }
}
