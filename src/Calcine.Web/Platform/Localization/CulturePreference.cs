using System.Security.Claims;
using Calcine.Storage.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Calcine.Web.Platform.Localization;

/// <summary>The language switch: a form post that sets the culture cookie (this browser) and, for a
/// signed-in user, stores the choice as the user's claim (every browser, after any sign-in).</summary>
public static class CulturePreference
{
    /// <summary>The user claim holding the chosen culture name (Identity's user claims: no schema change).</summary>
    public const string Claim = "calcine:culture";

    public const string CookieName = ".Calcine.Culture";

    public const string SwitchPath = "/account/culture";

    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost(SwitchPath, SwitchAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription().AllowAnonymous();

    private static async Task<IResult> SwitchAsync([FromForm] string? culture, [FromForm] string? returnUrl, HttpContext http,
        UserManager<CalcineUser> users, SignInManager<CalcineUser> signIn)
    {
        var chosen = SupportedCultures.Find(culture);
        if (chosen is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["culture"] = [$"must be one of {string.Join(", ", SupportedCultures.Names)}"],
            });
        }

        if (!string.IsNullOrEmpty(returnUrl) && !IsLocal(returnUrl))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["returnUrl"] = ["must be a path on this site"],
            });
        }

        SetCookie(http, chosen);
        if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user)
        {
            await StoreAsync(users, user, chosen);
            // A new session cookie with the new claim, so the next page already reads it.
            await signIn.RefreshSignInAsync(user);
        }

        return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl);
    }

    /// <summary>At sign-in: the user's stored choice also becomes this browser's cookie, so the
    /// sign-in page after signing out stays in that language.</summary>
    public static async Task ApplyStoredAsync(HttpContext http, UserManager<CalcineUser> users, CalcineUser user)
    {
        var stored = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == Claim)?.Value;
        if (SupportedCultures.Find(stored) is { } culture && !http.Response.HasStarted)
        {
            SetCookie(http, culture);
        }
    }

    /// <summary>A path on this site only: an absolute or protocol-relative address would make the
    /// switch an open redirect.</summary>
    public static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
        && !url.Any(char.IsControl);

    private static async Task StoreAsync(UserManager<CalcineUser> users, CalcineUser user, string culture)
    {
        var existing = (await users.GetClaimsAsync(user)).Where(c => c.Type == Claim).ToList();
        if (existing.Count == 1 && existing[0].Value == culture)
        {
            return;
        }

        if (existing.Count > 0)
        {
            await users.RemoveClaimsAsync(user, existing);
        }

        await users.AddClaimAsync(user, new Claim(Claim, culture));
    }

    private static void SetCookie(HttpContext http, string culture) =>
        http.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            Path = "/",
        });
}
