using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Signing in and seeing only one's own plants, in a real browser.</summary>
public class SignInJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task SignedOutVisitor_IsSentToSignIn_AndBackAfterwards()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync("/plants/1");
        Assert.Contains("/login?ReturnUrl=%2Fplants%2F1", page.Url, StringComparison.OrdinalIgnoreCase);
        await page.GetByLabel("Email").FillAsync("admin@calcine.demo");
        await page.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync(u => u.EndsWith("/plants/1", StringComparison.Ordinal));
        Assert.Equal("yes", await page.GetByTestId("may-edit").InnerTextAsync());
    }

    [Fact]
    public async Task WrongPassword_ShowsOneMessage_AndStaysSignedOut()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Email").FillAsync("viewer@calcine.demo");
        await page.GetByLabel("Password").FillAsync("not-the-password-at-all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlantEditor_SeesOnlyTheirPlant_AndAnotherPlantIsNotFound()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");

        var codes = await page.GetByTestId("plants").Locator("tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(["NR-01"], codes);
        await page.GetByRole(AriaRole.Link, new() { Name = "NR-01" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("NR-01");
        Assert.Equal("yes", await page.GetByTestId("may-edit").InnerTextAsync());

        // Every other plant id answers 404 with no name in the page.
        var admin = await session.SignedInAsync("admin@calcine.demo");
        var others = await admin.GetByTestId("plants").Locator("tbody tr td:first-child a").AllAsync();
        foreach (var link in others)
        {
            var code = await link.InnerTextAsync();
            var href = await link.GetAttributeAsync("href");
            var response = await page.GotoAsync(href!);
            if (code == "NR-01")
            {
                Assert.Equal(200, response!.Status);
                continue;
            }

            Assert.Equal(404, response!.Status);
            Assert.DoesNotContain(code, await page.ContentAsync(), StringComparison.Ordinal);
            // The translated not-found page in the site's layout, never a blank error screen or JSON.
            Assert.Equal("Not found", await page.Locator("h1").InnerTextAsync());
            Assert.True(await page.Locator("header").IsVisibleAsync());
        }
    }

    [Fact]
    public async Task Regulator_SeesItsJurisdictionReadOnly_AndSignsOut()
    {
        var page = await session.SignedInAsync("regulator@calcine.demo");

        var codes = await page.GetByTestId("plants").Locator("tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(["LS-01", "NR-01"], codes);
        await page.GetByRole(AriaRole.Link, new() { Name = "LS-01" }).ClickAsync();
        Assert.Equal("no", await page.GetByTestId("may-edit").InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }
}
