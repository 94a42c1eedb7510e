using System.Text;
using System.Text.RegularExpressions;
using Calcine.Storage.Identity;
using Calcine.TestKit.Databases;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Cli.Tests;

/// <summary>`calcine admin create` on a fresh, migrated database, as an operator creates the first
/// administrator before the first production start.</summary>
public sealed class AdminCreateCommandTests
{
    private const string Email = "ops@plant.example";

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    private static InProcessCli.Outcome Create(TestDatabase database, string? stdin, params string[] extra)
    {
        string[] args = ["admin", "create", "--email", Email, "--provider", database.Options.Provider.ToString(), "--connection", database.Options.ConnectionString,
            .. stdin is null ? Array.Empty<string>() : ["--password-stdin"], .. extra];
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? ""));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CalcineCli.Run(args, new CliConsole(input, stdout, stderr));
        return new InProcessCli.Outcome(exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static async Task<bool> SignsInAsync(TestDatabase database, string password)
    {
        await using var app = ApplicationScope.Open(database.Options);
        var users = app.Get<UserManager<CalcineUser>>();
        var user = await users.FindByEmailAsync(Email);
        return user is not null && await users.CheckPasswordAsync(user, password);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AdminCreate_PasswordOnStdin_CreatesAnAuditedPlatformAdminWhosePasswordVerifies(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var outcome = Create(database, "correct horse battery\n", "--name", "Operations");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"created platform administrator {Email}\n", outcome.StandardOutput);
        Assert.True(await SignsInAsync(database, "correct horse battery"));
        Assert.False(await SignsInAsync(database, "correct horse battery "));
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync();
        Assert.Equal("Operations", user.DisplayName);
        var role = await db.RoleAssignments.SingleAsync();
        Assert.Equal((user.Id, PlatformRoles.PlatformAdmin, AssignmentScope.Platform), (role.UserId, role.Role, role.Scope));
        var entry = await db.AuditLog.SingleAsync(e => e.EntityType == "RoleAssignment");
        Assert.Equal(("create", "system"), (entry.Action, entry.ActorKind));
        Assert.Contains("calcine admin create", entry.Reason, StringComparison.Ordinal);
        var verify = InProcessCli.Run("audit", "verify", "--provider", provider, "--connection", database.Options.ConnectionString);
        Assert.Equal(0, verify.ExitCode);
    }

    [Fact]
    public async Task AdminCreate_NoStdinFlag_GeneratesAPasswordShownOnceThatVerifies()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var outcome = Create(database, stdin: null);

        Assert.Equal(0, outcome.ExitCode);
        var password = Regex.Match(outcome.StandardOutput, @"password \(shown once[^)]*\): (\S+)\n").Groups[1].Value;
        Assert.True(password.Length >= 20, outcome.StandardOutput);
        Assert.True(await SignsInAsync(database, password));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AdminCreate_EmailTaken_FailsClearlyAndChangesNothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, Create(database, "first password 1\n").ExitCode);

        var outcome = Create(database, "second password 2\n");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal($"error: an account with email {Email} exists already; nothing was changed", outcome.StandardError.TrimEnd());
        Assert.True(await SignsInAsync(database, "first password 1"));
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.RoleAssignments.CountAsync());
    }

    [Fact]
    public async Task AdminCreate_ShortPassword_FailsNamingThePolicyAndCreatesNoUser()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var outcome = Create(database, "short\n");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("error: password: ", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("12", outcome.StandardError, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("ops@")]
    public async Task AdminCreate_BadEmail_FailsNamingTheOption(string email)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var outcome = InProcessCli.Run("admin", "create", "--email", email, "--provider", "sqlite", "--connection", database.Options.ConnectionString);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal($"error: --email \"{email}\" is not an email address", outcome.StandardError.TrimEnd());
    }
}
