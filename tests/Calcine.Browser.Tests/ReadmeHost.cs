using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Calcine.Browser.Tests;

/// <summary>The platform started exactly as the README says — <c>dotnet run --project
/// src/Calcine.Web</c> from the repository root, default environment (Production), the embedded
/// SQLite default — with only ports and a fresh data folder (Storage__DataFolder, outside the
/// source tree) set by environment variables. dotnet run builds the Debug configuration first, as
/// it does for a user.</summary>
public sealed class ReadmeHost : IAsyncDisposable
{
    public const string DevicePassword = "654321";

    private static readonly Lock LogLock = new();

    private readonly Process process;
    private readonly string dataFolder;

    private ReadmeHost(Process process, string dataFolder, int httpPort, int hj212Port)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        HttpPort = httpPort;
        Hj212Port = hj212Port;
    }

    public int HttpPort { get; }
    public int Hj212Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    /// <summary>The repository root: the folder holding Calcine.slnx above the test's bin folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calcine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Calcine.slnx not found above " + AppContext.BaseDirectory);
    }

    public static async Task<ReadmeHost> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var httpPort = FreePort();
        var hj212Port = FreePort();
        var dataFolder = Directory.CreateTempSubdirectory("calcine-browser-data-").FullName;
        // The README's command, in its own process group, watched: when the test process goes
        // (however it ends) the watcher stops the group and removes the data folder, so no host or
        // database outlives the run.
        var watched = $"setsid dotnet run --project src/Calcine.Web & host=$!; " +
            $"while kill -0 {Environment.ProcessId} 2>/dev/null && kill -0 $host 2>/dev/null; do sleep 1; done; kill -- -$host 2>/dev/null; wait; rm -rf '{dataFolder}'";
        var start = new ProcessStartInfo("bash", ["-c", watched])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var env = start.Environment;
        // The test runner's own variables would steer the nested build (MSBuild paths, the test
        // host's environment); a user's shell has none of them.
        foreach (var key in env.Keys.Where(IsRunnerVariable).ToList())
        {
            env.Remove(key);
        }

        env["Http__Port"] = httpPort.ToString(CultureInfo.InvariantCulture);
        env["Ingestion__Port"] = hj212Port.ToString(CultureInfo.InvariantCulture);
        env["Storage__DataFolder"] = dataFolder;
        env["Demo__DevicePassword"] = DevicePassword;
        foreach (var (k, v) in settings)
        {
            env[k] = v;
        }

        var log = Path.Combine(dataFolder, "host.log");
        var p = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet run");
        p.OutputDataReceived += (_, e) => Append(log, e.Data);
        p.ErrorDataReceived += (_, e) => Append(log, e.Data);
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var host = new ReadmeHost(p, dataFolder, httpPort, hj212Port);
        try
        {
            await host.WaitUntilReadyAsync(log);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    private static bool IsRunnerVariable(string key) =>
        key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase) ||
        key is "MSBuildExtensionsPath" or "MSBuildSDKsPath" or "MSBuildLoadMicrosoftTargetsReadOnly" or "DOTNET_HOST_PATH" or "TESTINGPLATFORM_EXITCODE_IGNORE";

    private static void Append(string log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (LogLock)
        {
            File.AppendAllText(log, line + "\n");
        }
    }

    private async Task WaitUntilReadyAsync(string log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // dotnet run builds the Debug configuration (minutes when the suite loads both cores), then
        // the host migrates and seeds a fresh database.
        var deadline = DateTime.UtcNow.AddMinutes(8);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"dotnet run exited with code {process.ExitCode} during start-up:\n{Tail(log)}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "health"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"dotnet run --project src/Calcine.Web did not become healthy within 8 minutes:\n{Tail(log)}");
    }

    private static string Tail(string log) =>
        File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(40)) : "(no output)";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // dotnet run's child is the host itself: the whole tree goes.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
