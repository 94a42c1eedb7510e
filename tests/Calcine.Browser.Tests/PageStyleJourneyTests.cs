using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>What the pages look like in a real browser: the stylesheets arrived and apply (the
/// header's colours and font are the app's, not the browser's defaults), blazor.web.js ran, a
/// stack chart's limit lines are drawn in their styles and no chart area is filled black; and a
/// screenshot of each main page in each language, kept under TestResults/screenshots.</summary>
public sealed class PageStyleJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Admin = "admin@calcine.demo";
    private static readonly string[] Languages = ["en", "az", "ru", "zh-Hans"];

    [Fact]
    public async Task SignInPage_IsStyled_AndBlazorScriptRuns()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/login");

        await AssertStyledAsync(page);
    }

    [Fact]
    public async Task StackPage_LimitLinesDrawnInTheirStyles_NoChartAreaFilledBlack()
    {
        var page = await session.SignedInAsync(Admin);
        await page.GotoAsync(await StackUrlAsync(page));
        await AssertStyledAsync(page);

        // ECharts drew each chart (wwwroot/js/charts.js); its limit lines are ULE dashed, legal solid.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart]')].every(e => e.dataset.chartDrawn)");
        var strokes = await page.GetByTestId("live-pm-echart").EvaluateAsync<string[]>(
            "e => [...e.querySelectorAll('svg path')].map(p => getComputedStyle(p).stroke + ' ' + getComputedStyle(p).strokeDasharray)");
        Assert.Contains(strokes, s => s.StartsWith("rgb(178, 107, 0) ", StringComparison.Ordinal) && !s.EndsWith(" none", StringComparison.Ordinal));
        Assert.Contains(strokes, s => s == "rgb(164, 22, 26) none");

        // The server's SVG (shown without JavaScript) keeps the same styles.
        var ule = page.Locator("line.limit.ule").First;
        Assert.Equal("rgb(178, 107, 0)", await Style(ule, "stroke"));
        Assert.Equal("6px, 4px", await Style(ule, "strokeDasharray"));
        Assert.Equal("1.5px", await Style(ule, "strokeWidth"));
        var standard = page.Locator("line.limit.standard").First;
        Assert.Equal("rgb(164, 22, 26)", await Style(standard, "stroke"));
        Assert.Equal("none", await Style(standard, "strokeDasharray"));

        // A server SVG path without the stylesheet is filled black: none may be (ECharts styles its own).
        var fills = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('figure.chart > svg path, figure.chart > svg polygon')].map(e => getComputedStyle(e).fill)");
        Assert.NotEmpty(fills);
        Assert.All(fills, fill => Assert.NotEqual("rgb(0, 0, 0)", fill));
        foreach (var line in await page.Locator("figure.chart path.line").AllAsync())
        {
            Assert.Equal("none", await Style(line, "fill"));
        }
    }

    [Fact]
    public async Task MainPages_InEveryLanguage_AreStyledAndScreenshotted()
    {
        var folder = Path.Combine(ReadmeHost.RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var page = await session.SignedInAsync(Admin);
        var stack = await StackUrlAsync(page);
        var plant = await PlantPages.PlantUrlAsync(page, "NR-01");
        (string Name, string Url)[] pages =
        [
            ("plants", "/"), ("plant", plant), ("inventory", plant + "/years/2024/inventory"), ("dashboard", "/dashboard"),
            ("benchmarks", "/benchmarks"), ("stacks", "/stacks"), ("stack", stack),
        ];
        try
        {
            foreach (var language in Languages)
            {
                await page.GetByTestId("language-" + language).ClickAsync();
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                foreach (var (name, url) in pages)
                {
                    var response = await page.GotoAsync(url);
                    Assert.Equal(200, response!.Status);
                    await AssertStyledAsync(page);
                    var file = Path.Combine(folder, $"{name}-{language}.png");
                    await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    Assert.True(new FileInfo(file).Length > 10_000, $"{file} is a real screenshot");
                }
            }
        }
        finally
        {
            // The choice is stored per user: other journeys sign in as this user in English.
            await page.GotoAsync("/");
            await page.GetByTestId("language-en").ClickAsync();
        }

        var signIn = await session.NewPageAsync();
        await signIn.GotoAsync("/login");
        await signIn.ScreenshotAsync(new() { Path = Path.Combine(folder, "login-en.png"), FullPage = true });
    }

    /// <summary>The app's stylesheets applied (not Chromium's defaults: white header, Times) and
    /// each same-origin stylesheet has rules (an empty body leaves a sheet without any).</summary>
    private static async Task AssertStyledAsync(IPage page)
    {
        var header = page.Locator("header.top");
        Assert.Equal("rgb(35, 49, 63)", await Style(header, "backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", await Style(header, "color"));
        Assert.Equal("flex", await Style(header, "display"));
        Assert.StartsWith("system-ui", await Style(page.Locator("body"), "fontFamily"), StringComparison.Ordinal);
        // Bootstrap applied: its variables are defined, its reboot took the body's margin away.
        Assert.Equal("#0d6efd", (await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--bs-blue')")).Trim());
        Assert.Equal("0px", await Style(page.Locator("body"), "marginTop"));
        var sheets = await page.EvaluateAsync<string[]>(
            "() => [...document.styleSheets].filter(s => s.href && new URL(s.href).origin === location.origin).map(s => s.href + ' ' + s.cssRules.length)");
        Assert.NotEmpty(sheets);
        Assert.All(sheets, sheet => Assert.DoesNotMatch(" 0$", sheet));
        await page.WaitForFunctionAsync("() => typeof window.Blazor !== 'undefined'");
    }

    private static Task<string> Style(ILocator element, string property) =>
        element.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");

    private static async Task<string> StackUrlAsync(IPage page)
    {
        await page.GotoAsync("/stacks");
        return (await page.GetByTestId("stack-row").First.Locator("a[href^='/stacks/']").First.GetAttributeAsync("href"))!;
    }
}
