using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Every chart drawn by ECharts in a real browser (wwwroot/js/charts.js): an SVG with axes,
/// labels and marks inside its box, text dark enough to read, the limit lines in their styles, the
/// data table beside it, and no script error on the page. The stack pages use the demo history.</summary>
public sealed class ChartJourneyTests(StackHistorySession session) : IClassFixture<StackHistorySession>
{
    [Fact]
    public async Task Dashboard_TrendChart_DrawnWithItsTable_NoScriptError()
    {
        var page = await session.SignedInAsync("admin@calcine.demo");
        var errors = new ConsoleErrors(page);
        await page.GotoAsync("/dashboard");

        await AssertChartsDrawnAsync(page, minimum: 1);
        await Assertions.Expect(page.GetByTestId("dashboard-data")).ToBeVisibleAsync();
        Assert.Empty(errors.All);
    }

    [Fact]
    public async Task InventoryAndKpiPages_Charts_DrawnWithTheirTables_NoScriptError()
    {
        var page = await session.SignedInAsync("admin@calcine.demo");
        var errors = new ConsoleErrors(page);
        var plant = await PlantPages.PlantUrlAsync(page, "NR-01");

        await page.GotoAsync(plant + "/years/2024/inventory");
        await AssertChartsDrawnAsync(page, minimum: 1);
        await Assertions.Expect(page.GetByTestId("monthly-chart-data")).ToBeAttachedAsync();

        await page.GotoAsync(plant + "/kpis");
        await AssertChartsDrawnAsync(page, minimum: 3);
        Assert.Equal(await page.Locator("[data-chart]").CountAsync(), await page.Locator("table[data-testid$='-data']").CountAsync());
        Assert.Empty(errors.All);
    }

    [Fact]
    public async Task Benchmarks_BoxCharts_DrawnWithTheirTables_NoScriptError()
    {
        var page = await session.SignedInAsync("analyst@calcine.demo");
        var errors = new ConsoleErrors(page);
        await page.GotoAsync("/benchmarks");

        var charts = await AssertChartsDrawnAsync(page, minimum: 1);
        Assert.Equal(charts, await page.Locator("table[data-testid^='benchmark-table-']").CountAsync());
        Assert.Empty(errors.All);
    }

    [Fact]
    public async Task StackPage_HourlyCharts_LimitLinesInTheirStyles_ZoomOver30Days_ZoneOnTheAxis()
    {
        var page = await session.SignedInAsync("admin@calcine.demo");
        var errors = new ConsoleErrors(page);
        await page.GotoAsync("/stacks");
        var stack = await page.GetByTestId("stack-row").First.Locator("a[href^='/stacks/']").First.GetAttributeAsync("href");
        await page.GotoAsync(stack!);

        await AssertChartsDrawnAsync(page, minimum: 6);
        var pm = page.GetByTestId("days-pm-echart");
        var strokes = await pm.EvaluateAsync<string[]>(
            "e => [...e.querySelectorAll('svg path')].map(p => getComputedStyle(p).stroke + ' ' + getComputedStyle(p).strokeDasharray)");
        Assert.Contains(strokes, s => s.StartsWith("rgb(178, 107, 0) ", StringComparison.Ordinal) && !s.EndsWith(" none", StringComparison.Ordinal));
        Assert.Contains(strokes, s => s == "rgb(164, 22, 26) none");
        var texts = await pm.EvaluateAsync<string[]>("e => [...e.querySelectorAll('svg text')].map(t => t.textContent)");
        Assert.Contains(texts, t => t.StartsWith("UTC+", StringComparison.Ordinal));
        Assert.Contains(texts, t => t == "mg/m³");
        // The 30 days have a zoom slider; the 24 hours do not need one.
        Assert.True(await pm.EvaluateAsync<bool>("e => echarts.getInstanceByDom(e).getOption().dataZoom.length === 2"));
        Assert.True(await page.GetByTestId("live-pm-echart").EvaluateAsync<bool>("e => (echarts.getInstanceByDom(e).getOption().dataZoom || []).length === 0"));
        await Assertions.Expect(page.GetByTestId("hour-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("thirty-days-table")).ToBeAttachedAsync();
        Assert.Empty(errors.All);
    }

    /// <summary>Each [data-chart] drawn: an SVG of real size with paths and labels, every label inside
    /// the SVG (none clipped at an edge) and at least 4.5:1 against white; the server's fallback hidden.</summary>
    private static async Task<int> AssertChartsDrawnAsync(IPage page, int minimum)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-chart]')].every(e => e.dataset.chartDrawn || e.dataset.chartFailed)");
        var charts = await page.Locator("[data-chart]").AllAsync();
        Assert.True(charts.Count >= minimum, $"{page.Url}: {charts.Count} charts, expected at least {minimum}");
        foreach (var chart in charts)
        {
            var name = await chart.GetAttributeAsync("data-testid");
            Assert.Null(await chart.GetAttributeAsync("data-chart-failed"));
            var drawing = await chart.EvaluateAsync<Drawing>(
                """
                e => {
                  const svg = e.querySelector('svg');
                  const box = svg.getBoundingClientRect();
                  const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '');
                  const outside = texts.filter(t => { const r = t.getBoundingClientRect(); return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1); });
                  const lum = c => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                  const contrast = t => {
                    const m = getComputedStyle(t).fill.match(/\d+(\.\d+)?/g).map(Number);
                    if (m.length > 3 && m[3] === 0) { return 21; }
                    const l = 0.2126 * lum(m[0]) + 0.7152 * lum(m[1]) + 0.0722 * lum(m[2]);
                    return 1.05 / (l + 0.05);
                  };
                  const low = texts.filter(t => contrast(t) < 4.5).map(t => t.textContent + ' ' + getComputedStyle(t).fill);
                  const fallback = e.closest('figure').querySelector(':scope > svg');
                  return { width: box.width, height: box.height, paths: svg.querySelectorAll('path').length, texts: texts.length,
                           clipped: outside.map(t => t.textContent), lowContrast: low, fallbackShown: fallback ? getComputedStyle(fallback).display !== 'none' : false };
                }
                """);
            Assert.True(drawing.Width > 250 && drawing.Height > 150, $"{name}: {drawing.Width}×{drawing.Height}");
            Assert.True(drawing.Paths >= 3, $"{name}: {drawing.Paths} paths");
            Assert.True(drawing.Texts >= 3, $"{name}: {drawing.Texts} labels");
            Assert.True(drawing.Clipped.Length == 0, $"{name}: labels cut off at the edge: {string.Join(", ", drawing.Clipped)}");
            Assert.True(drawing.LowContrast.Length == 0, $"{name}: labels below 4.5:1: {string.Join(", ", drawing.LowContrast)}");
            Assert.False(drawing.FallbackShown, $"{name}: the server's SVG is still shown beside the drawing");
        }

        return charts.Count;
    }

    /// <summary>What the page measured of one drawing (settable: Playwright fills it from JSON).</summary>
    private sealed class Drawing
    {
        public double Width { get; set; }
        public double Height { get; set; }
        public int Paths { get; set; }
        public int Texts { get; set; }
        public string[] Clipped { get; set; } = [];
        public string[] LowContrast { get; set; } = [];
        public bool FallbackShown { get; set; }
    }
}
