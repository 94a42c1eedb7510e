using System.Net;
using System.Text.RegularExpressions;
using Calcine.Web.Tests.Localization;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Administration;

/// <summary>The home page per role and the administration pages' forms, posted as a browser does
/// (antiforgery token, post-redirect-get), for the own and another tenant.</summary>
public abstract partial class AdministrationPagesTests(DemoPlatformFixture demo)
{
    public static TheoryData<string, string, bool> HomeSections() => new()
    {
        { "regulator", "data-testid=\"worst-stacks\"", true },
        { "association-analyst", "data-testid=\"coverage\"", true },
        { "company-admin", "data-testid=\"admin-link\"", true },
        { "plant-editor", "data-testid=\"admin-link\"", false },
        { "verifier", "Your engagements", true },
        { "viewer", "Your engagements", false },
        { "platform-admin", "data-testid=\"admin-link\"", true },
    };

    [Theory]
    [MemberData(nameof(HomeSections))]
    public async Task Home_EachRole_ShowsItsOwnSection(string role, string marker, bool shown)
    {
        using var client = await demo.SignedInAsync(role);

        var (status, html) = await LanguagePages.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(shown, html.Contains(marker, StringComparison.Ordinal));
        Assert.Contains("data-testid=\"plants\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_PlantForm_CreatesInOwnCompanyAndRefusesAnother()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var token = await PageForms.TokenAsync(admin);
        var own = AdminCalls.Unique("PG");
        var other = AdminCalls.Unique("PX");

        using var created = await PageForms.PostAsync(admin, "/admin", token,
            $"_handler=plant&Plant.CompanyId={demo.CompanyIds["Northridge Cement"]}&Plant.Code={own}&Plant.Name=Page+works&Plant.Jurisdiction=CN-AH");
        var afterOwn = (await LanguagePages.GetAsync(admin, "/admin")).Html;
        using var refused = await PageForms.PostAsync(admin, "/admin", token,
            $"_handler=plant&Plant.CompanyId={demo.CompanyIds["Lakeshore Building Materials"]}&Plant.Code={other}&Plant.Name=Other&Plant.Jurisdiction=CN-AH");
        var afterOther = (await LanguagePages.GetAsync(admin, "/admin")).Html;

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (created.StatusCode, refused.StatusCode));
        Assert.Contains(own, afterOwn, StringComparison.Ordinal);
        Assert.Contains("notice good", afterOwn, StringComparison.Ordinal);
        Assert.Contains("notice bad", afterOther, StringComparison.Ordinal);
        Assert.DoesNotContain(other, afterOther, StringComparison.Ordinal);
        using var platform = await demo.SignedInAsync("platform-admin");
        Assert.DoesNotContain(other, DemoPlatformFixture.Codes(await platform.GetJsonAsync("api/plants"), "code"));
    }

    [Fact]
    public async Task PlantAdminPage_OtherTenantsPlant_ShowsNothingOfIt()
    {
        using var admin = await demo.SignedInAsync("company-admin");

        var own = await LanguagePages.GetAsync(admin, $"/admin/plants/{demo.PlantIds["NR-01"]}");
        var other = await LanguagePages.GetAsync(admin, $"/admin/plants/{demo.PlantIds["LS-01"]}");

        Assert.Contains("data-testid=\"add-stack\"", own.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-stack\"", other.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("LS-01", other.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationAndAccountPages_SetPasswordByLinkThenChangeIt_OldPasswordRefused()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var email = $"{AdminCalls.Unique("page")}@example.test";
        var (_, invitation) = await admin.PostAsync("api/admin/users/invitations",
            new { email, displayName = "Page Person", role = new { role = "plant-editor", scope = "plant", scopeId = demo.PlantIds["NR-01"] } });
        var link = new Uri(invitation.GetProperty("link").GetString()!);
        using var browser = demo.Client();
        var page = await LanguagePages.GetAsync(browser, link.PathAndQuery);
        var token = FormToken().Match(page.Html).Groups["t"].Value;
        var linkToken = HiddenLinkToken().Match(page.Html).Groups["t"].Value;

        using var set = await PageForms.PostAsync(browser, link.AbsolutePath, token,
            $"_handler=accept&Input.Token={Uri.EscapeDataString(linkToken)}&Input.Password=first-password-123");
        using var user = await demo.Client().SignedInAsync(email, "first-password-123");
        using var changed = await PageForms.PostAsync(user, "/account", await PageForms.TokenAsync(user),
            "_handler=password&Password.CurrentPassword=first-password-123&Password.NewPassword=second-password-456");
        var account = (await LanguagePages.GetAsync(user, "/account")).Html;

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (set.StatusCode, changed.StatusCode));
        Assert.Contains("notice good", account, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"help-link\"", account, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.Client().LoginAsync(email, "first-password-123")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await demo.Client().LoginAsync(email, "second-password-456")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<t>[^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("name=\"Input.Token\" value=\"(?<t>[^\"]*)\"")]
    private static partial Regex HiddenLinkToken();
}

public sealed class AdministrationPagesTestsOnSqlite(DemoPlatformFixture fixture) : AdministrationPagesTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class AdministrationPagesTestsOnPostgres(PostgresDemoPlatformFixture fixture) : AdministrationPagesTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
