using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Cli.Tests;

/// <summary>`calcine audit verify` against a real database whose log was written by the interceptor
/// and then tampered with by SQL, as someone with database access would.</summary>
public sealed class AuditVerifyCommandTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static async Task<TestDatabase> LogWithEntriesAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var plants = await AuditTamper.SeedPlantsAsync(database, 4); // entries 1 (company) … 5
        await using var db = database.CreateContext();
        foreach (var plant in await db.Plants.Where(p => plants.Contains(p.Id)).ToListAsync())
        {
            plant.Name += " (renamed)"; // entries 6 … 9
        }

        await db.SaveChangesAsync();
        return database;
    }

    private static InProcessCli.Outcome Verify(TestDatabase database) =>
        InProcessCli.Run("audit", "verify", "--provider", database.Options.Provider.ToString(), "--connection", database.Options.ConnectionString);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_IntactLog_ExitsZeroWithTheCount(string provider)
    {
        await using var database = await LogWithEntriesAsync(provider);

        var outcome = Verify(database);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("audit log intact: 10 entries, head ", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_EntryRewritten_ReportsHashMismatchAtThatEntry(string provider)
    {
        await using var database = await LogWithEntriesAsync(provider);
        await AuditTamper.ExecuteAsync(database, """UPDATE audit_log SET "After" = replace("After", 'renamed', 'approved') WHERE "Sequence" = 7""");

        var outcome = Verify(database);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("broken at entry 7: hash mismatch", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_EntryDeleted_ReportsTheGap(string provider)
    {
        await using var database = await LogWithEntriesAsync(provider);
        await AuditTamper.ExecuteAsync(database, """DELETE FROM audit_log WHERE "Sequence" = 4""");

        var outcome = Verify(database);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("broken at entry 5: gap in sequence: expected entry 4", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_EntriesReordered_ReportsTheBrokenLink(string provider)
    {
        await using var database = await LogWithEntriesAsync(provider);
        await AuditTamper.SwapAsync(database, 3, 6);

        var outcome = Verify(database);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("broken at entry 3: broken link", outcome.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditVerify_EntryRewrittenWithRecomputedHash_ReportsTheNextLink(string provider)
    {
        await using var database = await LogWithEntriesAsync(provider);
        // A forger who recomputes the altered entry's own hash still breaks the link of the next one.
        await using (var db = database.CreateContext())
        {
            var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Sequence == 7);
            entry.Reason = "forged";
            var hash = Calcine.Storage.Audit.AuditHash.Compute(entry);
            await AuditTamper.ExecuteAsync(database, $"""UPDATE audit_log SET "Reason" = 'forged', "Hash" = '{hash}' WHERE "Sequence" = 7""");
        }

        var outcome = Verify(database);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("broken at entry 8: broken link", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_UnknownProvider_FailsWithOneLine()
    {
        var outcome = InProcessCli.Run("audit", "verify", "--provider", "oracle", "--connection", "x");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("error: Storage:Provider \"oracle\" is not supported", outcome.StandardError, StringComparison.Ordinal);
    }
}
