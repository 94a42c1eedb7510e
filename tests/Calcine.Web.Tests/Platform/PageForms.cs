using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Calcine.Web.Tests.Platform;

/// <summary>Posting the UI's forms the way a browser does: with the antiforgery token of a page
/// the same signed-in client has loaded.</summary>
public static partial class PageForms
{
    /// <summary>The verification page's forms under a plant (name, path under the plant, fields,
    /// action needed). Years as in <see cref="WorkflowEndpoints"/>: every step is invalid from the
    /// locked 2023 year and reopening is invalid for the draft 2025 year, so an allowed post changes nothing.</summary>
    public static readonly (string Name, string Path, string Fields, string Action)[] Verification =
    [
        ("submit", "years/2023/verification/submit", "", "edit"),
        ("withdraw", "years/2023/verification/withdraw", "", "edit"),
        ("finding-answer", "years/2023/verification/findings/1/answer", "answer=Lab+report+attached", "edit"),
        ("start-verification", "years/2023/verification/start-verification", "", "verify"),
        ("return", "years/2023/verification/return", "", "verify"),
        ("sign-off", "years/2023/verification/sign-off", "", "verify"),
        ("finding-raise", "years/2023/verification/findings", "text=Coal+LHV+lacks+a+lab+report&severity=major", "verify"),
        ("finding-close", "years/2023/verification/findings/1/close", "", "verify"),
        ("reopen", "years/2025/verification/reopen", "reason=page+form+matrix", "administer"),
    ];

    /// <summary>The antiforgery token of the sign-out form every signed-in page carries.</summary>
    public static async Task<string> TokenAsync(PlatformClient client)
    {
        using var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return Token().Match(await page.Content.ReadAsStringAsync()).Groups["t"].Value;
    }

    public static Task<HttpResponseMessage> PostAsync(PlatformClient client, string path, string token, string fields)
    {
        var body = $"__RequestVerificationToken={Uri.EscapeDataString(token)}" + (fields.Length > 0 ? "&" + fields : "");
        return client.SendRawAsync(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex Token();
}
