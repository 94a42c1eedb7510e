using Calcine.Application.Cems.Simulation;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Calcine.Web.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Hosting;

/// <summary>Chooses the database at start-up and, for the embedded default, migrates and seeds it
/// so one command gives a working platform. Production PostgreSQL is migrated explicitly
/// (<c>calcine db migrate</c>) unless Storage:MigrateOnStart is set.</summary>
public static class StartupStorage
{
    /// <summary>Where the embedded database and the demo's generated passwords live:
    /// Storage:DataFolder (env Storage__DataFolder) if set, else data/ under the content root.</summary>
    public static string DataFolder(IConfiguration configuration, IWebHostEnvironment environment) =>
        configuration["Storage:DataFolder"] is { Length: > 0 } folder
            ? Path.GetFullPath(folder, environment.ContentRootPath)
            : Path.Combine(environment.ContentRootPath, "data");

    public static StorageOptions Resolve(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var provider = configuration["Storage:Provider"];
        var connection = configuration.GetConnectionString("Calcine");
        if (string.IsNullOrWhiteSpace(connection) && (provider is null || provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase)))
        {
            var folder = DataFolder(configuration, environment);
            PrivateFiles.EnsureFolder(folder);
            connection = $"Data Source={Path.Combine(folder, "calcine.db")}";
        }

        return StorageOptions.Parse(provider, connection);
    }

    /// <summary>Demo:Seed, the documented switch for the demo: on by default only for the embedded
    /// SQLite default the host migrates itself; a PostgreSQL start seeds nothing unless asked
    /// (Demo__Seed=true), and its first administrator comes from <c>calcine admin create</c>.</summary>
    public static bool SeedsDemo(IConfiguration configuration, StorageOptions storage) =>
        configuration.GetValue("Demo:Seed", storage.Provider == StorageProvider.Sqlite && MigratesOnStart(configuration, storage));

    private static bool MigratesOnStart(IConfiguration configuration, StorageOptions storage) =>
        configuration.GetValue("Storage:MigrateOnStart", storage.Provider == StorageProvider.Sqlite);

    public static async Task PrepareAsync(WebApplication app, StorageOptions storage)
    {
        var data = DataFolder(app.Configuration, app.Environment);
        PrivateFiles.EnsureFolder(data);
        await using var db = CalcineDbContextFactory.Create(storage);
        if (MigratesOnStart(app.Configuration, storage))
        {
            await db.Database.MigrateAsync();
        }

        if (SeedsDemo(app.Configuration, storage))
        {
            await SeedDemoDevicesAsync(db, app.Configuration, data);
            await DemoPlatformSeed.SeedAsync(app.Services, app.Configuration, data);
            await DemoCemsHistorySeed.SeedAsync(app.Services, app.Configuration, storage);
            // Demo:RoadMaps=false leaves the road-map scenarios out (their seed runs the optimiser):
            // hosts started only to test ingestion or shutdown do not need them.
            if (app.Configuration.GetValue("Demo:RoadMaps", true))
            {
                await DemoRoadmapSeed.SeedAsync(app.Services);
            }
        }
    }

    /// <summary>Demo stacks and data loggers so `calcine cems simulate` can connect at once. The
    /// device password is Demo:DevicePassword if configured, else generated on first start and
    /// written to data/demo-devices.txt (never part of the code base).</summary>
    private static async Task SeedDemoDevicesAsync(CalcineDbContext db, IConfiguration configuration, string dataFolder)
    {
        if (await db.Devices.AnyAsync())
        {
            return;
        }

        var count = configuration.GetValue("Demo:Devices", 1000);
        var password = configuration["Demo:DevicePassword"];
        if (string.IsNullOrEmpty(password))
        {
            password = System.Security.Cryptography.RandomNumberGenerator.GetString("0123456789", 6);
            await PrivateFiles.WriteAsync(Path.Combine(dataFolder, "demo-devices.txt"),
                $"Demo HJ 212 devices: {DemoDevice.Mn(1)} … {DemoDevice.Mn(count)}, password {password}\n");
        }

        for (var i = 1; i <= count; i++)
        {
            var (hash, salt) = DeviceRegistry.NewHash(password);
            var stack = new StackEntity
            {
                Code = $"DEMO-K{i:000}-TAIL",
                Name = $"Demo kiln {i} tail",
                Channels = DemoKilnTailChannels(),
                // Judged by the ULE kiln-tail targets beside GB 4915-2013 (general limits).
                ComplianceRules = Calcine.Domain.Cems.Limits.LimitCatalog.CnUle2024Kiln.Id,
            };
            db.Devices.Add(new DeviceEntity { Mn = DemoDevice.Mn(i), PasswordHash = hash, PasswordSalt = salt, Stack = stack });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A kiln tail as the simulator sends it: dry mg/m3, judged at 10 % O2 (GB 4915, ULE),
    /// and flue-gas flow in HJ 212's m3/s.</summary>
    private static List<StackChannelEntity> DemoKilnTailChannels() =>
    [
        .. new[] { "pm", "so2", "nox", "nh3" }.Select(p => new StackChannelEntity { Pollutant = p, Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 }),
        new StackChannelEntity { Pollutant = StackChannelNames.Flow, Unit = "m3/s", Basis = "dry" },
    ];

    public static void PrintBanner(WebApplication app, StorageOptions storage, IngestionOptions ingestion)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // app.Urls also lists the HJ 212 endpoint, which is not HTTP.
            var urls = string.Join(", ", app.Urls.Where(u => !u.EndsWith($":{ingestion.Port}", StringComparison.Ordinal) || !ingestion.Enabled));
            Console.WriteLine($"Calcine is running on {urls} ({storage.Provider}).");
            foreach (var line in StartupBanner.Lines(app.Services, app.Configuration, storage, ingestion, DataFolder(app.Configuration, app.Environment)))
            {
                Console.WriteLine(line);
            }
        });
    }
}
