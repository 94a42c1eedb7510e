using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Switching the language in a real browser: the page translated, numbers in the
/// language's format, and the choice remembered after signing out and in, also in another browser.</summary>
public partial class LanguageJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    [Fact]
    public async Task Editor_SwitchesToRussianThenChinese_AndTheChoiceIsRemembered()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        var inventory = await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2024/inventory";
        await page.GotoAsync(inventory);
        var english = await page.GetByTestId("kpi-gross-per-clinker").InnerTextAsync();

        await page.GetByTestId("language-ru").ClickAsync();

        // Back on the same page, in Russian, with a decimal comma.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        Assert.EndsWith("/years/2024/inventory", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Результаты по методикам" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Выйти" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Валовые выбросы CO2 на т клинкера")).ToBeVisibleAsync();
        var russian = await page.GetByTestId("kpi-gross-per-clinker").InnerTextAsync();
        Assert.Matches(RussianDecimal(), russian);
        Assert.Equal(english.Replace('.', ','), russian);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Главная");
        await page.GetByTestId("language-zh-Hans").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("首页");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "KPI 仪表板" }).First).ToBeVisibleAsync();

        // Signed out, the sign-in page keeps the language (this browser's cookie).
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登录");
        await page.GetByLabel("电子邮箱").FillAsync("plant.editor@calcine.demo");
        await page.GetByLabel("密码").FillAsync(BrowserSession.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("首页");

        // Another browser, English until signed in, then the user's stored choice.
        var other = await session.NewPageAsync();
        await other.GotoAsync("/login");
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await other.GetByLabel("Email").FillAsync("plant.editor@calcine.demo");
        await other.GetByLabel("Password").FillAsync(BrowserSession.Password);
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await other.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("首页");
        Assert.Equal("zh-Hans", await other.Locator("html").GetAttributeAsync("lang"));

        // Signing out there leaves that browser's sign-in page in the stored language too.
        await other.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await other.WaitForURLAsync(u => u.Contains("/login", StringComparison.Ordinal));
        await Assertions.Expect(other.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("登录");
    }

    /// <summary>The host is shared by the run's journeys, which sign in as this user in English.</summary>
    public async Task DisposeAsync()
    {
        var page = await session.SignedInAsync("plant.editor@calcine.demo");
        await page.GetByTestId("language-en").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    [GeneratedRegex(@"^\d{1,3},\d+$")]
    private static partial Regex RussianDecimal();
}
