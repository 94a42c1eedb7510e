using Calcine.Storage;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Calcine.TestKit.Databases;

/// <summary>What an attacker with database access would do to the audit log: switch off the
/// append-only triggers and rewrite rows by SQL. Also a small audited tenancy to log changes of.</summary>
public static class AuditTamper
{
    public static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var db = database.CreateContext();
        var disable = database.Options.Provider == StorageProvider.Sqlite
            ? "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; "
            : "ALTER TABLE audit_log DISABLE TRIGGER USER; ";
        var statement = disable + sql;
#pragma warning disable EF1003 // test-only SQL written by the tests themselves
        await db.Database.ExecuteSqlRawAsync(statement);
#pragma warning restore EF1003
    }

    /// <summary>Swaps the positions of two entries in the chain.</summary>
    public static Task SwapAsync(TestDatabase database, long a, long b) => ExecuteAsync(database,
        $"""UPDATE audit_log SET "Sequence" = -1 WHERE "Sequence" = {a}; UPDATE audit_log SET "Sequence" = {a} WHERE "Sequence" = {b}; UPDATE audit_log SET "Sequence" = {b} WHERE "Sequence" = -1;""");

    /// <summary>One association, one company, <paramref name="plants"/> plants (one audit entry each,
    /// plus one for the company), returning the plant ids.</summary>
    public static async Task<int[]> SeedPlantsAsync(TestDatabase database, int plants)
    {
        await using var db = database.CreateContext();
        var company = new CompanyEntity { Name = "Audit Test Cement", Association = new AssociationEntity { Name = "Audit Test Association" } };
        company.Plants = [.. Enumerable.Range(1, plants).Select(i => new PlantEntity { Code = $"AT-{i:00}", Name = $"Audit plant {i}", Jurisdiction = "CN-AH" })];
        db.Companies.Add(company);
        await db.SaveChangesAsync();
        return [.. company.Plants.Select(p => p.Id)];
    }
}
