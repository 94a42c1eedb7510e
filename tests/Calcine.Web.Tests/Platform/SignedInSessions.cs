using System.Collections.Concurrent;
using System.Net;

namespace Calcine.Web.Tests.Platform;

/// <summary>Signs each demo user in once per host and hands out new callers carrying a copy of that
/// session cookie. A sign-in checks a PBKDF2 hash (tens of milliseconds on a busy core) and the
/// access tables ask for thousands of signed-in callers; the sign-in itself is tested on its own.</summary>
public sealed class SignedInSessions(Func<Uri> baseAddress)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Cookie[]>>> sessions = new(StringComparer.Ordinal);

    /// <summary>A new caller (its own cookie jar) signed in as <paramref name="email"/>.</summary>
    public async Task<PlatformClient> ClientAsync(string email, string password, TimeSpan? timeout = null) =>
        new(baseAddress(), timeout: timeout, cookies: await CookiesAsync(email, password));

    /// <summary>A new cookie jar holding <paramref name="email"/>'s session.</summary>
    public async Task<CookieContainer> CookiesAsync(string email, string password)
    {
        var session = sessions.GetOrAdd($"{email}\n{password}", _ => new Lazy<Task<Cookie[]>>(() => SignInAsync(email, password)));
        var jar = new CookieContainer();
        foreach (var c in await session.Value)
        {
            // A copy: a caller that signs out or is handed a new cookie must not change the others'.
            jar.Add(new Cookie(c.Name, c.Value, c.Path, c.Domain) { HttpOnly = c.HttpOnly, Secure = c.Secure });
        }

        return jar;
    }

    private async Task<Cookie[]> SignInAsync(string email, string password)
    {
        using var client = await new PlatformClient(baseAddress()).SignedInAsync(email, password);
        return [.. client.Cookies.GetAllCookies().Cast<Cookie>()];
    }
}
