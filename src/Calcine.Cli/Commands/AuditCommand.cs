using System.CommandLine;
using Calcine.Storage;
using Calcine.Storage.Audit;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine audit verify</c>: walks the hash chain of the audit log and checks that it is
/// whole (not shorter than the audited rows imply; with <c>--expect-head</c>, not cut or re-chained
/// since a head recorded earlier). Exit 0 with the entry count and head; exit 1 naming the problem.</summary>
public static class AuditCommand
{
    public static Command Build(CliConsole console)
    {
        var storage = new StorageArguments();
        var expectHead = new Option<string>("--expect-head")
        {
            Description = "COUNT:HASH, a head recorded earlier (a signed version's auditHead, GET /api/audit/head, a previous run): fails if the log was cut or re-chained since",
        };
        var verify = new Command("verify", "Check the audit log's hash chain for tampering") { storage.Provider, storage.Connection, expectHead };
        verify.SetAction(async (parse, cancellationToken) =>
        {
            var (options, error) = storage.Resolve(parse);
            if (options is null)
            {
                return console.Fail([error!]);
            }

            AuditHead? expected = null;
            if (parse.GetValue(expectHead) is { } text)
            {
                if (!AuditHead.TryParse(text, out var head))
                {
                    return console.Fail([$"--expect-head \"{text}\" is not COUNT:HASH (a whole number, a colon, 64 hex digits)"]);
                }

                expected = head;
            }

            await using var app = ApplicationScope.Open(options);
            var db = app.Get<CalcineDbContext>();
            var result = await AuditChainVerifier.VerifyAsync(db, cancellationToken, expected);
            if (result.Break is { } broken)
            {
                return console.Fail([$"audit log broken at entry {broken.Sequence}: {broken.Problem} ({result.Count} entries before it are intact)"]);
            }

            if (result.Incomplete is { } incomplete)
            {
                return console.Fail([$"audit log incomplete: {incomplete}"]);
            }

            console.WriteText($"audit log intact: {result.Count} entries, head {result.HeadHash}\n");
            return 0;
        });
        return new Command("audit", "Audit trail") { verify };
    }
}
