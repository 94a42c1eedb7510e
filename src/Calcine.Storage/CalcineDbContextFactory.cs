using Calcine.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage;

/// <summary>Builds DbContext options for the configured provider with its migrations assembly
/// (bitwarden's SetupEntityFramework shape: chosen at run time, never with #if).</summary>
public static class CalcineDbContextFactory
{
    public const string SqliteMigrations = "Calcine.Storage.Migrations.Sqlite";
    public const string PostgresMigrations = "Calcine.Storage.Migrations.Postgres";

    /// <summary>Every context gets its own audit interceptor; without an <paramref name="audit"/>
    /// context (CLI, start-up, tests) changes are attributed to the system.</summary>
    public static void Configure(DbContextOptionsBuilder builder, StorageOptions options, AuditContext? audit = null, TimeProvider? clock = null)
    {
        builder.AddInterceptors(new AuditSaveChangesInterceptor(audit ?? new AuditContext(), clock ?? TimeProvider.System));
        _ = options.Provider switch
        {
            StorageProvider.Sqlite => builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations)),
            _ => builder.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(PostgresMigrations)),
        };
    }

    public static CalcineDbContext Create(StorageOptions options, AuditContext? audit = null)
    {
        var builder = new DbContextOptionsBuilder<CalcineDbContext>();
        Configure(builder, options, audit);
        return new CalcineDbContext(builder.Options);
    }
}
