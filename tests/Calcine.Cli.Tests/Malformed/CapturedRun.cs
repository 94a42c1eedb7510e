using System.Text;

namespace Calcine.Cli.Tests.Malformed;

/// <summary>What a user sees from one command line: exit code, stdout and stderr.</summary>
internal sealed record CapturedRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Runs the CLI entry point in-process, exactly as Program.cs does, with captured streams.</summary>
    public static CapturedRun InProcess(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CalcineCli.Run(args, new CliConsole(Stream.Null, stdout, stderr));
        return new CapturedRun(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public IReadOnlyList<string> ErrorLines => StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>Nothing in stderr looks like a .NET stack trace or an exception's name.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", StandardError, StringComparison.Ordinal);
    }

    /// <summary>Exit 1, nothing on stdout, one "error: PATH: message" line per problem, and the
    /// set of paths named is exactly <paramref name="expectedPaths"/>.</summary>
    public void AssertRejected(IReadOnlyCollection<string> expectedPaths)
    {
        Assert.True(ExitCode == 1, $"exit code {ExitCode}; stderr:\n{StandardError}");
        Assert.Equal("", StandardOutput);
        AssertNoStackTrace();
        var lines = ErrorLines;
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            Assert.StartsWith("error: ", line, StringComparison.Ordinal);
            Assert.False(line.Any(char.IsControl), $"control character in the line \"{line}\"");
            Assert.True(expectedPaths.Any(p => NamesPath(line, p)), $"unexpected error line \"{line}\"; expected paths {string.Join(", ", expectedPaths)}");
        }

        foreach (var path in expectedPaths)
        {
            Assert.True(lines.Any(l => NamesPath(l, path)), $"no error names {path}; stderr:\n{StandardError}");
        }
    }

    private static bool NamesPath(string line, string path) =>
        line.StartsWith($"error: {path}: ", StringComparison.Ordinal) && line.Length > $"error: {path}: ".Length;
}
