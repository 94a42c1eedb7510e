using Calcine.Storage.Audit;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Cli.Tests;

/// <summary>`calcine audit verify` against tampering the chain cannot show from inside: an emptied
/// log, a cut tail, a re-chained tail — caught by the audited rows and by a head recorded earlier.</summary>
public sealed class AuditAnchorCommandTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static async Task<(TestDatabase Database, AuditHead Head)> LogWithEntriesAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var plants = await AuditTamper.SeedPlantsAsync(database, 3); // entries 1 (association), 2 (company) … 5
        await using var db = database.CreateContext();
        foreach (var plant in await db.Plants.Where(p => plants.Contains(p.Id)).ToListAsync())
        {
            plant.Name += " (renamed)"; // entries 6 … 8
        }

        await db.SaveChangesAsync();
        return (database, await AuditHead.ReadAsync(db, CancellationToken.None));
    }

    private static InProcessCli.Outcome Verify(TestDatabase database, params string[] extra) =>
        InProcessCli.Run(["audit", "verify", "--provider", database.Options.Provider.ToString(), "--connection", database.Options.ConnectionString, .. extra]);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_EveryEntryDeleted_FailsNamingTheRowsThatImplyEntries(string provider)
    {
        var (database, _) = await LogWithEntriesAsync(provider);
        await using var _d = database;
        await AuditTamper.ExecuteAsync(database, "DELETE FROM audit_log");

        var outcome = Verify(database);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("audit log incomplete: the log is shorter than the audited rows imply", outcome.StandardError, StringComparison.Ordinal);
        Assert.Matches("[0-9]+ (Association|Company|Plant) rows exist, but the log accounts for 0", outcome.StandardError);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_CreatesOfExistingRowsCut_FailsWithoutAHead(string provider)
    {
        var (database, _) = await LogWithEntriesAsync(provider);
        await using var _d = database;
        await AuditTamper.ExecuteAsync(database, """DELETE FROM audit_log WHERE "Sequence" >= 5""");

        var outcome = Verify(database);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("3 Plant rows exist, but the log accounts for 2", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_LastEntryDeletedWithRecordedHead_ReportsTheRemovedEntries(string provider)
    {
        var (database, head) = await LogWithEntriesAsync(provider);
        await using var _d = database;
        await AuditTamper.ExecuteAsync(database, """DELETE FROM audit_log WHERE "Sequence" = 8""");
        Assert.Equal(0, Verify(database).ExitCode); // what the chain alone cannot see

        var outcome = Verify(database, "--expect-head", head.ToString());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("the log has 7 entries, the head recorded earlier has 8: entries 8 to 8 were removed", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_TailRechainedWithRecordedHead_ReportsTheRewrittenHead(string provider)
    {
        var (database, head) = await LogWithEntriesAsync(provider);
        await using var _d = database;
        await RechainFromAsync(database, 7, "forged");
        Assert.Equal(0, Verify(database).ExitCode); // a consistent forgery passes the chain walk

        var outcome = Verify(database, "--expect-head", head.ToString());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("broken at entry 8: not the recorded head", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_LogGrewAfterTheRecordedHead_ExitsZero(string provider)
    {
        var (database, head) = await LogWithEntriesAsync(provider);
        await using var _d = database;
        await using (var db = database.CreateContext())
        {
            (await db.Plants.FirstAsync()).Name = "Renamed after the head was recorded"; // one more entry
            await db.SaveChangesAsync();
        }

        var outcome = Verify(database, "--expect-head", head.ToString().ToUpperInvariant());

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith($"audit log intact: {head.Count + 1} entries", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("7:abc")]
    [InlineData("-1:0000000000000000000000000000000000000000000000000000000000000000")]
    public void AuditVerify_MalformedExpectHead_FailsNamingTheFormat(string head)
    {
        var outcome = InProcessCli.Run("audit", "verify", "--provider", "sqlite", "--connection", "Data Source=:memory:", "--expect-head", head);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("is not COUNT:HASH", outcome.StandardError, StringComparison.Ordinal);
    }

    /// <summary>Rewrites every entry from <paramref name="from"/> on with a new reason and recomputes
    /// each hash and link, as a forger with database access would.</summary>
    private static async Task RechainFromAsync(TestDatabase database, long from, string reason)
    {
        await using var db = database.CreateContext();
        var entries = await db.AuditLog.AsNoTracking().Where(e => e.Sequence >= from - 1).OrderBy(e => e.Sequence).ToListAsync();
        var previous = entries[0].Hash;
        foreach (var entry in entries.Skip(1))
        {
            entry.Reason = reason;
            entry.PreviousHash = previous;
            entry.Hash = AuditHash.Compute(entry);
            await AuditTamper.ExecuteAsync(database,
                $"""UPDATE audit_log SET "Reason" = '{reason}', "PreviousHash" = '{entry.PreviousHash}', "Hash" = '{entry.Hash}' WHERE "Sequence" = {entry.Sequence}""");
            previous = entry.Hash;
        }
    }
}
