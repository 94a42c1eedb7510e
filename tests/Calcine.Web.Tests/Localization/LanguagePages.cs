using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Localization;

/// <summary>Reading pages and posting the language switch the way a browser does.</summary>
public static partial class LanguagePages
{
    public const string CookieName = ".Calcine.Culture";

    /// <summary>A page's HTML, decoded, fetched with an Accept-Language header (or none).</summary>
    public static async Task<(HttpStatusCode Status, string Html)> GetAsync(PlatformClient client, string path, string? acceptLanguage = null)
    {
        var headers = new Dictionary<string, string> { ["Accept"] = "text/html" };
        if (acceptLanguage is not null)
        {
            headers["Accept-Language"] = acceptLanguage;
        }

        using var response = await client.SendAsync(HttpMethod.Get, path, headers: headers);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The antiforgery token of the language switch on a page (every page has one).</summary>
    public static async Task<string> TokenAsync(PlatformClient client, string page)
    {
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = Token().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return match.Groups["t"].Value;
    }

    public static Task<HttpResponseMessage> SwitchAsync(PlatformClient client, string token, string culture, string? returnUrl) =>
        client.SendRawAsync(HttpMethod.Post, "/account/culture", Encoding.UTF8.GetBytes(
            $"__RequestVerificationToken={Uri.EscapeDataString(token)}&culture={Uri.EscapeDataString(culture)}"
            + (returnUrl is null ? "" : $"&returnUrl={Uri.EscapeDataString(returnUrl)}")), "application/x-www-form-urlencoded");

    public static string HtmlLang(string html) => HtmlLangAttribute().Match(html).Groups["l"].Value;

    /// <summary>The text of the element with this data-testid.</summary>
    public static string TestIdText(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>(?<v>[^<]*)<", RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"no element {testId}");
        return match.Groups["v"].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<html lang=\"(?<l>[^\"]*)\"")]
    private static partial Regex HtmlLangAttribute();
}
