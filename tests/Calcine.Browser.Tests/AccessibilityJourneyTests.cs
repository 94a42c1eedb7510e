using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>WCAG 2.1 A and AA as axe-core checks them, on every main page with the charts drawn; a
/// skip link to the content; a refused sign-in ties its error to the fields and takes the focus.</summary>
public sealed class AccessibilityJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task MainPages_Axe_FindsNoViolation()
    {
        var page = await session.SignedInAsync("admin@calcine.demo");
        var plant = await PlantPages.PlantUrlAsync(page, "NR-01");
        await page.GotoAsync("/stacks");
        var stack = (await page.GetByTestId("stack-row").First.Locator("a[href^='/stacks/']").First.GetAttributeAsync("href"))!;
        var year = plant + "/years/2024";
        string[] urls =
        [
            "/", plant, year, year + "/months/1", year + "/inventory", year + "/workbook", year + "/verification", year + "/report",
            year + "/cbam", year + "/china-ets", plant + "/kpis", "/dashboard", "/benchmarks", "/stacks", stack,
            stack + "/reports/compliance?month=" + DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            "/plants/987654",
        ];
        var found = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart]')].every(e => e.dataset.chartDrawn || e.dataset.chartFailed)");
            found.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{url}: {v}"));
        }

        var signIn = await session.NewPageAsync();
        await signIn.GotoAsync("/login");
        found.AddRange((await Axe.ViolationsAsync(signIn)).Select(v => $"/login: {v}"));

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task SkipLink_FirstTab_JumpsToTheContent()
    {
        var page = await session.SignedInAsync("admin@calcine.demo");
        await page.GotoAsync("/dashboard");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByTestId("skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main#content")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task SignIn_Refused_ErrorTiedToTheFieldsAndFocused()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Email").FillAsync("viewer@calcine.demo");
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var error = page.GetByTestId("login-error");
        await Assertions.Expect(error).ToBeFocusedAsync();
        foreach (var field in new[] { page.GetByLabel("Email"), page.GetByLabel("Password") })
        {
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-describedby", "login-error");
        }

        Assert.Empty(await Axe.ViolationsAsync(page));
    }
}
