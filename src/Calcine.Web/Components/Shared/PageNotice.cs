using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Calcine.Web.Components.Shared;

/// <summary>A message a form post leaves for the page it redirects to (post-redirect-get): kept in
/// a short-lived cookie for that page only, protected so it cannot be forged, read once.</summary>
public sealed record PageNotice(bool Good, string Text)
{
    private const string Cookie = "calcine.notice";
    private const string Purpose = "Calcine.PageNotice";

    public static void Leave(HttpContext http, string pagePath, PageNotice notice)
    {
        var protector = http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
        http.Response.Cookies.Append(Cookie, protector.Protect(JsonSerializer.Serialize(notice)), Options(http, pagePath));
    }

    /// <summary>The notice left for this page, removed as it is read; null when there is none or it is not ours.</summary>
    public static PageNotice? Take(HttpContext http, string pagePath)
    {
        if (http.Request.Cookies[Cookie] is not { Length: > 0 } value)
        {
            return null;
        }

        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(Cookie, Options(http, pagePath));
        }

        try
        {
            var protector = http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
            return JsonSerializer.Deserialize<PageNotice>(protector.Unprotect(value));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext http, string pagePath) => new()
    {
        Path = pagePath,
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        IsEssential = true,
        MaxAge = TimeSpan.FromMinutes(2),
    };
}
