using System.CommandLine;
using System.Security.Cryptography;
using Calcine.Storage;
using Calcine.Storage.Audit;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;

namespace Calcine.Cli.Commands;

/// <summary><c>calcine admin create</c>: the first platform administrator of a fresh database, so a
/// production start needs no demo data. The account goes through Identity's UserManager (same hash
/// and policy as the web's sign-in); the role assignment is audited as the system's.</summary>
public static class AdminCommand
{
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static Command Build(CliConsole console)
    {
        var storage = new StorageArguments();
        var email = new Option<string>("--email") { Description = "the administrator's email, which is also the sign-in name", Required = true };
        var name = new Option<string>("--name") { Description = "display name (default: the email's part before @)" };
        var fromStdin = new Option<bool>("--password-stdin")
        {
            Description = "read the password from the first line of standard input; without it one is generated and shown once",
        };
        var create = new Command("create", "Create a platform administrator") { email, name, fromStdin, storage.Provider, storage.Connection };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var (options, error) = storage.Resolve(parse);
            if (options is null)
            {
                return console.Fail([error!]);
            }

            var address = parse.GetValue(email)!.Trim();
            if (address.Length is 0 or > 256 || address.IndexOf('@', StringComparison.Ordinal) is <= 0 || address.EndsWith('@'))
            {
                return console.Fail([$"--email \"{address}\" is not an email address"]);
            }

            string password;
            if (parse.GetValue(fromStdin))
            {
                using var reader = new StreamReader(console.StandardInput, leaveOpen: true);
                password = (await reader.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
                if (password.Length == 0)
                {
                    return console.Fail(["--password-stdin: standard input has no password (an empty first line)"]);
                }
            }
            else
            {
                password = RandomNumberGenerator.GetString(PasswordAlphabet, 20);
            }

            await using var app = ApplicationScope.Open(options);
            var outcome = await CreateAsync(app, address, parse.GetValue(name) ?? address.Split('@')[0], password, cancellationToken);
            if (outcome is not null)
            {
                return console.Fail([outcome]);
            }

            var shown = parse.GetValue(fromStdin) ? "" : $"password (shown once, not stored anywhere): {password}\n";
            console.WriteText($"created platform administrator {address}\n{shown}");
            return 0;
        });
        return new Command("admin", "Platform administrators") { create };
    }

    /// <summary>Creates the user and the platform-admin role in one transaction; the error to
    /// report, or null.</summary>
    private static async Task<string?> CreateAsync(ApplicationScope app, string email, string displayName, string password, CancellationToken ct)
    {
        var users = app.Get<UserManager<CalcineUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return $"an account with email {email} exists already; nothing was changed";
        }

        var audit = app.Get<AuditContext>();
        audit.Actor = AuditActor.System;
        audit.Reason = "platform administrator created with calcine admin create";
        var db = app.Get<CalcineDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = new CalcineUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return $"password: {string.Join(" ", created.Errors.Select(e => e.Description))}";
        }

        db.RoleAssignments.Add(new RoleAssignmentEntity { UserId = user.Id, Role = PlatformRoles.PlatformAdmin, Scope = AssignmentScope.Platform });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return null;
    }
}
