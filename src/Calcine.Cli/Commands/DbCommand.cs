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
        var storage = new StorageArguments();
        var migrate = new Command("migrate", "Apply database migrations") { storage.Provider, storage.Connection };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            var (options, error) = storage.Resolve(parse);
            if (options is null)
            {
                return console.Fail([error!]);
            }

            await using var app = ApplicationScope.Open(options);
            var db = app.Get<CalcineDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            console.WriteText($"{options.Provider}: applied {pending.Count} migration(s){(pending.Count > 0 ? ": " + string.Join(", ", pending) : "")}\n");
            return 0;
        });
        return new Command("db", "Database administration") { migrate, DbBackupCommands.Backup(console), DbBackupCommands.Restore(console) };
    }
}
