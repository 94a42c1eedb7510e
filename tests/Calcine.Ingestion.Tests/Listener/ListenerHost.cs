using System.Net;
using System.Net.Sockets;
using Calcine.Application.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;
using Calcine.Web.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>The real HJ 212 listener (Kestrel, <see cref="Hj212ConnectionHandler"/>, the batch writer
/// and the real frame store) on a free loopback port and a fresh migrated database, with a few
/// registered devices on one configured kiln-tail stack.</summary>
internal sealed class ListenerHost : IAsyncDisposable
{
    public const string Password = "482913";

    private readonly WebApplication app;

    private ListenerHost(WebApplication app, TestDatabase database, int port)
    {
        this.app = app;
        Database = database;
        Port = port;
    }

    public TestDatabase Database { get; }
    public int Port { get; }
    public IngestionCounters Counters => app.Services.GetRequiredService<IngestionCounters>();
    public IngestionSnapshot Snapshot => Counters.Snapshot(0);

    /// <summary>A 24-character MN of a registered device (1…3).</summary>
    public static string Mn(int device) => $"LSTNTEST0000000000000{device:000}";

    public static async Task<ListenerHost> StartAsync(string provider = "sqlite", Action<IngestionOptions>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(database.Options);
        builder.Services.AddCemsIngestion(builder.Configuration, database.Options);
        builder.Services.PostConfigure<IngestionOptions>(o =>
        {
            o.Port = port;
            o.AuthFailureDelayMilliseconds = 300; // short, so the tests stay quick; the rule is the same
            configure?.Invoke(o);
        });
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.UseConnectionHandler<Hj212ConnectionHandler>()));
        var app = builder.Build();
        await app.StartAsync();
        return new ListenerHost(app, database, port);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var stack = new StackEntity
        {
            Code = "LSTN-K1-TAIL",
            Name = "Listener test kiln tail",
            Channels = [.. new[] { "pm", "so2", "nox", "nh3" }.Select(p => new StackChannelEntity { Pollutant = p, Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 })],
        };
        for (var i = 1; i <= 3; i++)
        {
            var (hash, salt) = DeviceRegistry.NewHash(Password);
            db.Devices.Add(new DeviceEntity { Mn = Mn(i), PasswordHash = hash, PasswordSalt = salt, Stack = stack });
        }

        await db.SaveChangesAsync();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <summary>Runs CEMS processing over everything stored, as the background service would.</summary>
    public async Task ProcessAllAsync()
    {
        var processor = new CemsProcessor(new ProcessingOptions { SettleSeconds = 0 });
        await using var db = Database.CreateContext();
        while ((await processor.ProcessNextAsync(db, DateTime.UtcNow.AddHours(1), CancellationToken.None)).FramesRead > 0)
        {
        }
    }
}
