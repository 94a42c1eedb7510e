using Microsoft.EntityFrameworkCore.Design;

namespace Calcine.Storage.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build the context for this provider; no database is opened to add a migration.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CalcineDbContext>
{
    public CalcineDbContext CreateDbContext(string[] args) =>
        CalcineDbContextFactory.Create(new StorageOptions(StorageProvider.Postgres, "Host=127.0.0.1;Username=postgres;Database=calcine_design"));
}
