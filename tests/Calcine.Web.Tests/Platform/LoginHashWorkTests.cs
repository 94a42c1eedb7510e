using System.Net;
using Calcine.Storage.Identity;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Tests.Platform;

/// <summary>Every sign-in verifies exactly one password hash, whatever the outcome, so its duration
/// tells no one whether an account exists or is locked. Counted rather than timed: a count is
/// deterministic on a busy machine.</summary>
public class LoginHashWorkTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Login_EveryOutcome_VerifiesExactlyOnePasswordHash(string provider)
    {
        var counter = new VerificationCounter();
        await using var db = await DemoPlatformFixture.DemoDatabaseAsync(provider);
        await using var platform = await InProcessPlatform.StartAsync(db.Options, DemoTenancy.Settings(), services =>
            services.AddScoped<IPasswordHasher<CalcineUser>>(sp =>
                new CountingPasswordHasher(new PasswordHasher<CalcineUser>(sp.GetService<IOptions<PasswordHasherOptions>>()), counter)));
        using var client = new PlatformClient(platform.BaseAddress);
        for (var i = 0; i < 5; i++)
        {
            using var locking = await client.LoginAsync("regulator@calcine.demo", $"a-wrong-guess-{i}");
        }

        var attempts = new (string Outcome, string Email, string Password, HttpStatusCode Status)[]
        {
            ("unknown user", "nobody@calcine.demo", DemoTenancy.Password, HttpStatusCode.Unauthorized),
            ("wrong password", "viewer@calcine.demo", "not-the-password-at-all", HttpStatusCode.Unauthorized),
            ("locked account", "regulator@calcine.demo", DemoTenancy.Password, HttpStatusCode.Unauthorized),
            ("right password", "viewer@calcine.demo", DemoTenancy.Password, HttpStatusCode.OK),
        };
        var verified = new List<string>();
        foreach (var (outcome, email, password, status) in attempts)
        {
            var start = counter.Count;
            using var response = await client.LoginAsync(email, password);
            Assert.Equal(status, response.StatusCode);
            verified.Add($"{outcome}: {counter.Count - start}");
        }

        Assert.Equal(attempts.Select(a => $"{a.Outcome}: 1"), verified);
    }

    private sealed class VerificationCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }

    /// <summary>The host's hasher, counting its verifications.</summary>
    private sealed class CountingPasswordHasher(PasswordHasher<CalcineUser> inner, VerificationCounter counter) : IPasswordHasher<CalcineUser>
    {
        public string HashPassword(CalcineUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(CalcineUser user, string hashedPassword, string providedPassword)
        {
            counter.Add();
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
