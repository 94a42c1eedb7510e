using System.CommandLine;
using Calcine.Storage;
using Calcine.Storage.Audit;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine audit verify</c>: walks the hash chain of the audit log. Exit 0 with the
/// entry count and head hash when intact; exit 1 naming the first broken entry.</summary>
public static class AuditCommand
{
    public static Command Build(CliConsole console)
    {
        var storage = new StorageArguments();
        var verify = new Command("verify", "Check the audit log's hash chain for tampering") { storage.Provider, storage.Connection };
        verify.SetAction(async (parse, cancellationToken) =>
        {
            var (options, error) = storage.Resolve(parse);
            if (options is null)
            {
                return console.Fail([error!]);
            }

            await using var app = ApplicationScope.Open(options);
            var db = app.Get<CalcineDbContext>();
            var result = await AuditChainVerifier.VerifyAsync(db, cancellationToken);
            if (result.Break is { } broken)
            {
                return console.Fail([$"audit log broken at entry {broken.Sequence}: {broken.Problem} ({result.Count} entries before it are intact)"]);
            }

            console.WriteText($"audit log intact: {result.Count} entries, head {result.HeadHash}\n");
            return 0;
        });
        return new Command("audit", "Audit trail") { verify };
    }
}
