using System.CommandLine;
using Calcine.Storage;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine db backup FILE</c> and <c>calcine db restore FILE</c> for the embedded SQLite
/// database. PostgreSQL is backed up with its own tools (pg_dump, pg_restore; docs/operations.md).</summary>
public static class DbBackupCommands
{
    public static Command Backup(CliConsole console) => Build(console, "backup", "Write a consistent copy of the SQLite database to a new file (safe while the host runs)",
        (storage, file) => SqliteBackup.Backup(storage, file), (storage, file) => $"backed up {DataSource(storage)} to {file}\n");

    public static Command Restore(CliConsole console) => Build(console, "restore", "Replace the SQLite database's content with a backup (stop the host first)",
        (storage, file) => SqliteBackup.Restore(storage, file), (storage, file) => $"restored {file} into {DataSource(storage)}; check it with `calcine audit verify`\n");

    private static Command Build(CliConsole console, string name, string description, Func<StorageOptions, string, string?> run, Func<StorageOptions, string, string> done)
    {
        var storage = new StorageArguments();
        var file = new Argument<string>("file") { Description = "the backup file" };
        var command = new Command(name, description) { file, storage.Provider, storage.Connection };
        command.SetAction(parse =>
        {
            var (options, error) = storage.Resolve(parse);
            if (options is null)
            {
                return console.Fail([error!]);
            }

            if (options.Provider != StorageProvider.Sqlite)
            {
                return console.Fail([$"db {name} copies SQLite databases; back up PostgreSQL with pg_dump and restore with pg_restore (docs/operations.md)"]);
            }

            var path = parse.GetValue(file)!;
            if (run(options, path) is { } problem)
            {
                return console.Fail([problem]);
            }

            console.WriteText(done(options, path));
            return 0;
        });
        return command;
    }

    private static string DataSource(StorageOptions storage) => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(storage.ConnectionString).DataSource;
}
