using System.Net;
using System.Text;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Web.Tests.Platform;

/// <summary>A session ends on the server: a copy of the cookie kept from before sign-out, lockout or
/// deactivation answers 401. Each test signs in a demo user no other test of the class uses, as
/// ending a session ends every session of that account.</summary>
public abstract class SessionEndTests(DemoPlatformFixture fixture)
{
    [Fact]
    public async Task ApiLogout_CookieSavedBeforehand_Answers401()
    {
        using var client = await fixture.SignInAfreshAsync("viewer");
        using var replay = new PlatformClient(fixture.Platform.BaseAddress, cookies: Copy(client.Cookies));
        using var before = await replay.GetAsync("api/account/me");

        using var logout = await client.SendAsync(HttpMethod.Post, "api/account/logout");
        using var after = await replay.GetAsync("api/account/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task PageLogout_CookieSavedBeforehand_Answers401()
    {
        using var client = await fixture.SignInAfreshAsync("regulator");
        using var replay = new PlatformClient(fixture.Platform.BaseAddress, cookies: Copy(client.Cookies));
        var token = await PageForms.TokenAsync(client);

        using var logout = await PageForms.PostAsync(client, "account/logout", token, "");
        using var after = await replay.GetAsync("api/account/me");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task PageLogout_CrossSitePostWithoutToken_IsRefusedAndTheSessionLives()
    {
        using var client = await fixture.SignInAfreshAsync("association-analyst");

        // What a form on another site can send: the cookie, a form body, no token of this site.
        using var logout = await client.SendRawAsync(HttpMethod.Post, "account/logout", Encoding.UTF8.GetBytes("x=1"), "application/x-www-form-urlencoded");
        using var me = await client.GetAsync("api/account/me");

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task AccountLockedAfterSignIn_ItsCookie_Answers401()
    {
        const string email = "plant.editor@calcine.demo";
        using var client = await fixture.Client().SignedInAsync(email, DemoTenancy.Password);
        using var before = await client.GetAsync("api/account/me");

        using var attacker = fixture.Client();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await attacker.LoginAsync(email, $"a-wrong-guess-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var after = await client.GetAsync("api/account/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task AccountDeactivatedAfterSignIn_ItsCookie_Answers401()
    {
        const string email = "verifier@calcine.demo";
        using var client = await fixture.Client().SignedInAsync(email, DemoTenancy.Password);
        using var before = await client.GetAsync("api/account/me");

        // Deactivation in Identity's terms: locked out for good.
        using (var scope = fixture.Platform.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CalcineUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.True((await users.SetLockoutEndDateAsync(user!, DateTimeOffset.MaxValue)).Succeeded);
        }

        using var after = await client.GetAsync("api/account/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private static CookieContainer Copy(CookieContainer cookies)
    {
        var copy = new CookieContainer();
        foreach (var c in cookies.GetAllCookies().Cast<Cookie>())
        {
            copy.Add(new Cookie(c.Name, c.Value, c.Path, c.Domain));
        }

        return copy;
    }
}

/// <summary>SessionEndTests on SQLite.</summary>
public sealed class SessionEndTestsOnSqlite(DemoPlatformFixture fixture) : SessionEndTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>SessionEndTests on PostgreSQL.</summary>
public sealed class SessionEndTestsOnPostgres(PostgresDemoPlatformFixture fixture) : SessionEndTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
