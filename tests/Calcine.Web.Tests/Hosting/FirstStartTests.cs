using Calcine.Storage;
using Calcine.TestKit.Databases;
using Calcine.Web.Hosting;
using Calcine.Web.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Calcine.Web.Tests.Hosting;

/// <summary>What a first start seeds and says: the demo on the embedded default, nothing on
/// PostgreSQL unless Demo:Seed asks, and secrets in an owner-only data folder.</summary>
public sealed class FirstStartTests
{
    private static readonly StorageOptions Postgres = new(StorageProvider.Postgres, "Host=db.invalid;Database=calcine");
    private static readonly StorageOptions Sqlite = new(StorageProvider.Sqlite, "Data Source=calcine.db");

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Theory]
    [InlineData("sqlite", null, null, true)]
    [InlineData("sqlite", "false", null, false)]
    [InlineData("sqlite", null, "false", false)]
    [InlineData("postgres", null, null, false)]
    [InlineData("postgres", "true", null, false)]
    [InlineData("postgres", "true", "true", true)]
    [InlineData("postgres", null, "true", true)]
    public void SeedsDemo_ProviderAndSettings_DemoOnlyOnTheEmbeddedDefaultOrWhenAsked(string provider, string? migrate, string? seed, bool expected)
    {
        var values = new List<(string, string)>();
        if (migrate is not null)
        {
            values.Add(("Storage:MigrateOnStart", migrate));
        }

        if (seed is not null)
        {
            values.Add(("Demo:Seed", seed));
        }

        Assert.Equal(expected, StartupStorage.SeedsDemo(Settings([.. values]), provider == "sqlite" ? Sqlite : Postgres));
    }

    [Fact]
    public void Banner_PostgresWithoutUsers_SaysHowToCreateTheFirstAdministrator()
    {
        var lines = StartupBanner.Lines(Settings(), Postgres, new IngestionOptions { Enabled = true, Port = 9212 }, "/srv/calcine", () => 0);

        Assert.Equal(["HJ 212 listener on port 9212.", StartupBanner.NoUsersHint], lines);
        Assert.DoesNotContain(lines, l => l.Contains("demo", StringComparison.OrdinalIgnoreCase) && l.Contains(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Banner_PostgresWithUsers_CountsThemAndSaysNoDemo()
    {
        var lines = StartupBanner.Lines(Settings(), Postgres, new IngestionOptions { Enabled = false }, "/srv/calcine", () => 3);

        Assert.Equal(["No demo data (Demo:Seed is off); 3 user account(s)."], lines);
    }

    [Fact]
    public void Banner_EmbeddedDemo_NamesThePasswordFilesInTheDataFolder()
    {
        var lines = StartupBanner.Lines(Settings(), Sqlite, new IngestionOptions { Enabled = true, Port = 9212 }, "/srv/calcine", () => throw new InvalidOperationException("not asked"));

        Assert.Contains($"demo devices' password in {Path.Combine("/srv/calcine", "demo-devices.txt")}", lines[0], StringComparison.Ordinal);
        Assert.Contains($"password in {Path.Combine("/srv/calcine", "demo-users.txt")}", lines[1], StringComparison.Ordinal);
        Assert.Equal(DemoPlatformSeed.Users.Count, lines.Count - 2);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Start_DemoSeedOff_SeedsNoUsersNoTenantsNoDevices(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = Directory.CreateTempSubdirectory("calcine-data-").FullName;
        try
        {
            await using (await InProcessPlatform.StartAsync(database.Options, new Dictionary<string, string> { ["Demo:Seed"] = "false", ["Storage:DataFolder"] = data }))
            {
            }

            await using var db = database.CreateContext();
            Assert.Equal((0, 0, 0), (await db.Users.CountAsync(), await db.Associations.CountAsync(), await db.Devices.CountAsync()));
            Assert.False(File.Exists(Path.Combine(data, "demo-users.txt")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Start_DemoWithGeneratedPasswords_WritesThemOwnerOnlyInTheDataFolder()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var data = Path.Combine(Directory.CreateTempSubdirectory("calcine-parent-").FullName, "data");
        try
        {
            var settings = new Dictionary<string, string> { ["Storage:DataFolder"] = data, ["Demo:DevicePassword"] = "", ["Demo:Devices"] = "3" };
            await using (await InProcessPlatform.StartAsync(database.Options, settings))
            {
            }

            var owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(data));
            Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(data, "demo-users.txt")));
            Assert.Equal(owner, File.GetUnixFileMode(Path.Combine(data, "demo-devices.txt")));
            Assert.Contains("password ", await File.ReadAllTextAsync(Path.Combine(data, "demo-users.txt")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
        }
    }
}
