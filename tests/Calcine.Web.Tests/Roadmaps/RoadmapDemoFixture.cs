using Calcine.TestKit.Databases;
using Calcine.Web.Hosting;
using Calcine.Web.Tests.Hosting;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>The demo platform with both demo associations, as `dotnet run` seeds it (the road-map
/// association included), on SQLite; <see cref="PostgresRoadmapDemoFixture"/> on PostgreSQL.</summary>
public class RoadmapDemoFixture : IAsyncLifetime
{
    private TestDatabase? database;

    protected virtual string Provider => "sqlite";

    public InProcessPlatform Platform { get; private set; } = null!;

    public int AzerbaijanId { get; private set; }

    public int FirstDemoId { get; private set; }

    public static Dictionary<string, string> Settings()
    {
        var settings = DemoTenancy.Settings();
        settings["Demo__RoadmapAssociation"] = "true";
        return settings;
    }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateFromTemplateAsync(Provider, "demo-roadmap", async template =>
        {
            await using var seeding = await InProcessPlatform.StartAsync(template.Options, Settings());
        });
        Platform = await InProcessPlatform.StartAsync(database.Options, Settings());
        await using var db = Calcine.Storage.CalcineDbContextFactory.Create(database.Options);
        AzerbaijanId = db.Associations.Single(a => a.Name == DemoRoadmapAssociationSeed.AssociationName).Id;
        FirstDemoId = db.Associations.Single(a => a.Name == DemoPlatformSeed.AssociationName).Id;
    }

    /// <summary>A caller signed in as a demo user (by email; the road-map analyst is not in DemoTenancy).</summary>
    public Task<PlatformClient> SignedInAsync(string email) => new PlatformClient(Platform.BaseAddress).SignedInAsync(email, DemoTenancy.Password);

    public PlatformClient Anonymous() => new(Platform.BaseAddress);

    public async Task DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class PostgresRoadmapDemoFixture : RoadmapDemoFixture
{
    protected override string Provider => TestDatabase.PostgresConfigured
        ? "postgres"
        : throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set: run scripts/test, which starts PostgreSQL");
}
