using System.CommandLine;
using Calcine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine db migrate</c>: applies the migrations of the chosen provider explicitly,
/// as production PostgreSQL is migrated (the embedded SQLite default migrates on start).</summary>
public static class DbCommand
{
    public static Command Build(CliConsole console)
    {
        var provider = new Option<string>("--provider") { Description = "sqlite | postgres (default: $Storage__Provider, else sqlite)" };
        var connection = new Option<string>("--connection") { Description = "connection string (default: $ConnectionStrings__Calcine)" };
        var migrate = new Command("migrate", "Apply database migrations") { provider, connection };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            StorageOptions options;
            try
            {
                options = StorageOptions.Parse(
                    parse.GetValue(provider) ?? Environment.GetEnvironmentVariable("Storage__Provider"),
                    parse.GetValue(connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Calcine"));
            }
            catch (ArgumentException ex)
            {
                return console.Fail([ex.Message]);
            }

            await using var db = CalcineDbContextFactory.Create(options);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            console.WriteText($"{options.Provider}: applied {pending.Count} migration(s){(pending.Count > 0 ? ": " + string.Join(", ", pending) : "")}\n");
            return 0;
        });
        return new Command("db", "Database administration") { migrate };
    }
}
