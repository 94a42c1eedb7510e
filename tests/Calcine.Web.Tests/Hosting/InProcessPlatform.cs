using System.Globalization;
using Calcine.Storage;
using Calcine.TestKit.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Web.Tests.Hosting;

/// <summary>Calcine.Web hosted in the test process on real Kestrel sockets (loopback, free ports),
/// configured as <see cref="PlatformProcess"/> configures the separate process: same settings, same
/// content root, Production. Starting it costs no process start-up and no JIT of the host; tests of
/// the process itself (SIGKILL, SIGTERM) keep using <see cref="PlatformProcess"/>.</summary>
public sealed class InProcessPlatform : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private InProcessPlatform(WebApplicationFactory<Program> factory, int httpPort, int hj212Port)
    {
        this.factory = factory;
        HttpPort = httpPort;
        Hj212Port = hj212Port;
    }

    public int HttpPort { get; }
    public int Hj212Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}/");

    /// <summary>The host's services (the endpoint data source, options), for checks of its wiring.</summary>
    public IServiceProvider Services => factory.Services;

    /// <param name="services">Registrations the test puts over the host's (a decorator that observes).</param>
    public static async Task<InProcessPlatform> StartAsync(StorageOptions storage, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var httpPort = PlatformProcess.FreePort();
        var hj212Port = PlatformProcess.FreePort();
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Http:Port"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["Ingestion:Port"] = hj212Port.ToString(CultureInfo.InvariantCulture),
            ["Storage:Provider"] = storage.Provider.ToString(),
            ["Storage:MigrateOnStart"] = "true",
            ["Demo:Seed"] = "true",
            ["ConnectionStrings:Calcine"] = storage.ConnectionString,
            ["Demo:DevicePassword"] = PlatformProcess.DevicePassword,
            ["Demo:Devices"] = "1000",
            ["Demo:CemsHistoryDays"] = "0",
            // The separate process's output was drained unread; here it would fill the test log.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string>())
        {
            all[k.Replace("__", ":", StringComparison.Ordinal)] = v;
        }

        var contentRoot = PlatformProcess.WebDirectory();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseContentRoot(contentRoot);
            foreach (var (k, v) in all)
            {
                b.UseSetting(k, v);
            }

            if (services is not null)
            {
                b.ConfigureTestServices(services);
            }
        });
        factory.UseKestrel();
        try
        {
            // Start-up migrates and seeds synchronously inside StartServer: off the test's thread.
            await Task.Run(factory.StartServer);
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }

        return new InProcessPlatform(factory, httpPort, hj212Port);
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();
}
