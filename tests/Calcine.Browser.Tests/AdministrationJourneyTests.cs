using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Day one administered from the product: a platform admin creates a company, a plant with a
/// kiln and a stack, and invites a plant editor who sets a password through the one-time link and
/// enters a month; the stack's permit limit is changed and the compliance report shows the new limit;
/// the editor changes the password and the old one no longer signs in.</summary>
public partial class AdministrationJourneyTests(OwnHostSession<AdministrationJourneyTests> session) : IClassFixture<OwnHostSession<AdministrationJourneyTests>>
{
    private const string Admin = "admin@calcine.demo";

    [Fact]
    public async Task PlatformAdmin_SetsUpACompanyAndInvitesAnEditor_WhoEntersAMonthAndChangesThePassword()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (company, plantCode, stackCode) = ($"Journey Cement {suffix}", $"JC-{suffix}", $"JC-{suffix}-K1");
        var admin = await session.SignedInAsync(Admin);

        await admin.GotoAsync("/admin");
        await admin.GetByTestId("company-name").FillAsync(company);
        await admin.GetByTestId("create-company").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("notice")).ToContainTextAsync(company);
        await admin.GetByTestId("plant-company").SelectOptionAsync(new SelectOptionValue { Label = company });
        await admin.GetByTestId("plant-code").FillAsync(plantCode);
        await admin.GetByTestId("plant-name").FillAsync("Journey works");
        await admin.GetByTestId("plant-jurisdiction").FillAsync("CN-AH");
        await admin.GetByTestId("create-plant").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("notice")).ToContainTextAsync(plantCode);

        await admin.GetByRole(AriaRole.Link, new() { Name = plantCode, Exact = true }).ClickAsync();
        var plantId = PlantId().Match(admin.Url).Groups["id"].Value;
        await admin.GetByTestId("kiln-name").FillAsync("Kiln 1");
        await admin.GetByTestId("add-kiln").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("kilns")).ToContainTextAsync("Kiln 1");
        await admin.GetByTestId("stack-code").FillAsync(stackCode);
        await admin.GetByTestId("stack-name").FillAsync("Kiln 1 tail");
        await admin.GetByLabel("Rule set").SelectOptionAsync("cn-ule-2024-kiln");
        await admin.GetByTestId("add-stack").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("stacks")).ToContainTextAsync(stackCode);
        await admin.GetByTestId("year").FillAsync("2025");
        await admin.GetByTestId("open-year").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("years")).ToContainTextAsync("2025");

        var email = $"editor-{suffix.ToLowerInvariant()}@example.test";
        await admin.GotoAsync("/admin/users");
        await admin.GetByTestId("invite-email").FillAsync(email);
        await admin.GetByTestId("invite-name").FillAsync("Journey Editor");
        await admin.GetByTestId("invite-role").SelectOptionAsync("plant-editor");
        await admin.GetByTestId("invite-scope").SelectOptionAsync("plant");
        await admin.GetByTestId("invite-scope-id").FillAsync(plantId);
        await admin.GetByTestId("invite").ClickAsync();
        var link = await admin.GetByTestId("invitation-link").InnerTextAsync();

        var editor = await session.NewPageAsync();
        await editor.GotoAsync(link);
        await editor.GetByTestId("password").FillAsync("journey-first-password");
        await editor.GetByTestId("set-password").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("notice")).ToContainTextAsync(email);
        await SignInAsync(editor, email, "journey-first-password");
        await editor.GotoAsync($"/plants/{plantId}/years/2025/months/1");
        await editor.GetByLabel("Clinker produced (t)", new() { Exact = true }).FillAsync("80000");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("notice")).ToContainTextAsync("saved (version");

        await admin.GotoAsync($"/admin/plants/{plantId}");
        await admin.GetByRole(AriaRole.Link, new() { Name = stackCode, Exact = true }).ClickAsync();
        var stackId = StackId().Match(admin.Url).Groups["id"].Value;
        await admin.GetByTestId("limits").FillAsync(PermitLimits);
        await admin.GetByTestId("save-limits").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("notice")).ToContainTextAsync("2");
        await Assertions.Expect(admin.GetByTestId("limits")).ToContainTextAsync("\"nox\": 135");
        // The new stack has no minutes yet, so the report page has no month to tabulate; the
        // compliance answer behind it names the limit set it now judges by.
        var compliance = await admin.APIRequest.GetAsync($"/api/stacks/{stackId}/compliance?month=2025-01");
        Assert.Equal(200, compliance.Status);
        Assert.Contains("permit-journey", await compliance.TextAsync(), StringComparison.Ordinal);

        await editor.GotoAsync("/account");
        await editor.GetByTestId("current-password").FillAsync("journey-first-password");
        await editor.GetByTestId("new-password").FillAsync("journey-second-password");
        await editor.GetByTestId("change-password").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("notice")).ToBeVisibleAsync();
        Assert.Contains("good", await editor.GetByTestId("notice").GetAttributeAsync("class"), StringComparison.Ordinal);

        var old = await session.NewPageAsync();
        await old.GotoAsync("/login");
        await old.GetByLabel("Email").FillAsync(email);
        await old.GetByLabel("Password").FillAsync("journey-first-password");
        await old.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(old.Locator("p.error")).ToBeVisibleAsync();
        Assert.Contains("/login", old.Url, StringComparison.Ordinal);
        var fresh = await session.NewPageAsync();
        await SignInAsync(fresh, email, "journey-second-password");
    }

    private const string PermitLimits = """
        {
          "id": "permit-journey",
          "title": "Journey permit kiln 1 tail",
          "source": "kiln-tail",
          "referenceO2Percent": 10,
          "versions": [
            { "effectiveFrom": "2024-01-01", "source": "Permit (2024)", "confidence": "V-prim", "limits": { "pm": 20, "so2": 100, "nox": 135 } }
          ]
        }
        """;

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
    }

    [GeneratedRegex("/admin/plants/(?<id>[0-9]+)")]
    private static partial Regex PlantId();

    [GeneratedRegex("/admin/stacks/(?<id>[0-9]+)")]
    private static partial Regex StackId();
}
