using Microsoft.EntityFrameworkCore.Design;

namespace Calcine.Storage.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for this provider; no database is opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CalcineDbContext>
{
    public CalcineDbContext CreateDbContext(string[] args) =>
        CalcineDbContextFactory.Create(new StorageOptions(StorageProvider.Sqlite, "Data Source=design-time.db"));
}
