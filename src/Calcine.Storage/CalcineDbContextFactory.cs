using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage;

/// <summary>Builds DbContext options for the configured provider with its migrations assembly
/// (bitwarden's SetupEntityFramework shape: chosen at run time, never with #if).</summary>
public static class CalcineDbContextFactory
{
    public const string SqliteMigrations = "Calcine.Storage.Migrations.Sqlite";
    public const string PostgresMigrations = "Calcine.Storage.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder builder, StorageOptions options)
    {
        _ = options.Provider switch
        {
            StorageProvider.Sqlite => builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(SqliteMigrations)),
            _ => builder.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(PostgresMigrations)),
        };
    }

    public static CalcineDbContext Create(StorageOptions options)
    {
        var builder = new DbContextOptionsBuilder<CalcineDbContext>();
        Configure(builder, options);
        return new CalcineDbContext(builder.Options);
    }
}
