using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Calcine.Application.ApiKeys;
using Calcine.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Platform.ApiKeys;

public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";

    /// <summary>The default scheme: picks the API key or the session cookie per request.</summary>
    public const string CookieOrApiKey = "CookieOrApiKey";

    /// <summary>Keys open the JSON API only. A page or form request is always judged by its cookie,
    /// so a key can never stand in for a person's session (nor skip a form's antiforgery token).</summary>
    public static bool Presented(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") && request.Headers.Authorization.Count > 0;

    public static string SelectScheme(HttpContext context) =>
        Presented(context.Request) ? Scheme : IdentityConstants.ApplicationScheme;
}

/// <summary>Authenticates <c>Authorization: Bearer calc_&lt;id&gt;_&lt;secret&gt;</c>. Every
/// failure (malformed, unknown id, wrong secret, revoked, expired) gives the same 401, and an unknown
/// id costs the same hash and comparison as a known one, so neither answer nor timing tells
/// whether an id exists. What the key may do is decided by the access policy, not here.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CalcineDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Invalid = "The API key is missing, malformed, unknown, revoked or expired.";

    /// <summary>Last-used is written at most this often: a busy machine does not write on every call.</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Compared against when the id is unknown, so that path does the same work.</summary>
    private static readonly byte[] Decoy = RandomNumberGenerator.GetBytes(32);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiKeyAuthentication.Presented(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var header = Request.Headers.Authorization;
        if (header.Count != 1 || !ApiKeyToken.TryParseBearer(header[0], out var keyId, out var secret))
        {
            return AuthenticateResult.Fail(Invalid);
        }

        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyId == keyId, Context.RequestAborted);
        var matches = CryptographicOperations.FixedTimeEquals(ApiKeyToken.Hash(keyId, secret), key?.SecretHash ?? Decoy);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null || !matches || key.Revoked || (key.ExpiresUtc is { } expires && expires <= now))
        {
            return AuthenticateResult.Fail(Invalid);
        }

        if (key.LastUsedUtc is not { } last || now - last >= TouchInterval)
        {
            // A bulk update, unseen by the audit interceptor: right for the one column it writes,
            // which is kept out of the audit log on purpose ([NotAudited]).
            await db.ApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedUtc, now), Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyPrincipal.Create(key, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Invalid API key", Invalid);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "Forbidden", null);

    private Task WriteProblemAsync(int status, string title, string? detail)
    {
        Response.StatusCode = status;
        return Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
