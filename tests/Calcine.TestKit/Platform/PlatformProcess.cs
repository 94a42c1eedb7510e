using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Calcine.Storage;

namespace Calcine.TestKit.Platform;

/// <summary>The real Calcine.Web host in its own process, started the way a user starts it, on
/// free loopback ports and a test database. Kill() is SIGKILL: no shutdown hook runs.</summary>
public sealed class PlatformProcess : IAsyncDisposable
{
    public const string DevicePassword = "654321";

    private readonly Process process;

    private PlatformProcess(Process process, int httpPort, int hj212Port)
    {
        this.process = process;
        HttpPort = httpPort;
        Hj212Port = hj212Port;
    }

    public int HttpPort { get; }
    public int Hj212Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    public static async Task<PlatformProcess> StartAsync(StorageOptions storage, int? hj212Port = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var httpPort = FreePort();
        var port = hj212Port ?? FreePort();
        var start = new ProcessStartInfo("dotnet", [WebAssemblyPath()])
        {
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["Http__Port"] = httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["Ingestion__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        env["Storage__Provider"] = storage.Provider.ToString();
        env["Storage__MigrateOnStart"] = "true";
        env["Demo__Seed"] = "true";
        env["ConnectionStrings__Calcine"] = storage.ConnectionString;
        env["Demo__DevicePassword"] = DevicePassword;
        env["Demo__Devices"] = "1000";
        // Tests store their own stack data; a test that wants the demo history asks for it.
        env["Demo__CemsHistoryDays"] = "0";
        // Nor do they read road maps, whose seed runs the optimiser (about 15 s of each start).
        env["Demo__RoadMaps"] = "false";
        foreach (var (k, v) in settings ?? new Dictionary<string, string>())
        {
            env[k] = v;
        }

        var p = Process.Start(start) ?? throw new InvalidOperationException("could not start Calcine.Web");
        // CALCINE_TEST_HOST_LOG=FILE keeps the host's output for diagnosing a failing test; otherwise it is drained.
        p.OutputDataReceived += (_, e) => { if (e.Data is not null && Environment.GetEnvironmentVariable("CALCINE_TEST_HOST_LOG") is { } log) File.AppendAllText(log, e.Data + "\n"); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null && Environment.GetEnvironmentVariable("CALCINE_TEST_HOST_LOG") is { } log) File.AppendAllText(log, e.Data + "\n"); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        var platform = new PlatformProcess(p, httpPort, port);
        await platform.WaitUntilReadyAsync();
        return platform;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // Generous: a fresh database is migrated and seeded (demo tenancy, three years of data, audit
        // chain) while other test hosts start on the same two cores.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Calcine.Web exited with code {process.ExitCode} during start-up");
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

            await Task.Delay(200);
        }

        throw new TimeoutException("Calcine.Web did not become healthy within 180 s");
    }

    /// <summary>SIGKILL: the process dies at once, mid-batch if it is in one.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or Ctrl+C stops the host; returns the exit code.</summary>
    public async Task<int> StopGracefullyAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(wait.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The folder of the Web host built by the same configuration as the running tests: its
    /// working directory and content root (appsettings.json, config/, data/).</summary>
    public static string WebDirectory() => Path.GetDirectoryName(WebAssemblyPath())!;

    /// <summary>The Web host built by the same configuration as the running tests.</summary>
    private static string WebAssemblyPath()
    {
        var bin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = bin.Parent!.Name; // …/bin/<Configuration>/net10.0/
        for (var dir = bin; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Calcine.Web", "bin", configuration, "net10.0", "Calcine.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Calcine.Web.dll ({configuration}) not found: build the solution first");
    }
}
