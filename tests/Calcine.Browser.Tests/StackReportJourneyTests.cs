using System.Globalization;
using Microsoft.Playwright;
using static Calcine.Browser.Tests.ReportFiles;

namespace Calcine.Browser.Tests;

/// <summary>The demo seeds four days of minute history for the plants' stacks (an exceedance of a ULE
/// target in about each four days of a stack), so the stack reports have events to report.</summary>
public sealed class StackHistorySession : BrowserSession
{
    protected override void AddSettings(Dictionary<string, string> settings) => settings["Demo__CemsHistoryDays"] = "4";
}

/// <summary>A stack's exceedance report and monthly compliance report reached from the stack page's
/// links, each file (CSV, Excel, PDF) downloaded through the report page's links: the files hold the
/// events and figures the page shows, and the period and stack it names.</summary>
public sealed class StackReportJourneyTests(StackHistorySession session) : IClassFixture<StackHistorySession>
{
    private static readonly string[] EventKeys = ["duration_min", "peak_mg_m3"];
    private static readonly string[] TotalKeys = ["events", "hours", "max_peak_mg_m3"];
    private static readonly string[] Outcomes = ["pass", "fail", "not-assessable"];
    private static readonly string[] PollutantKeys = ["valid_hours", "hours_above_ule", "hourly_compliance_rate", "max_hourly_mg_m3", "target_events"];

    [Fact]
    public async Task ExceedanceReport_DownloadsEachFile_EventsEqualThePage()
    {
        var page = await StackPageWithEventsAsync();
        await page.GetByTestId("exceedance-report").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/reports/exceedances?", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("events")).ToBeVisibleAsync();

        var header = await HeaderAsync(page);
        var events = await RowsAsync(page, "[data-testid=events] tbody tr[data-pollutant]", "data-start-utc", EventKeys);
        var totals = await RowsAsync(page, "[data-testid=totals] tbody tr", null, TotalKeys);
        Assert.NotEmpty(events);
        Assert.Equal(events.Count, (int)totals.Sum(t => t.Value[0]));

        var csv = Csv(await DownloadAsync(page, "csv"));
        Assert.Equal(header, CsvTrace(csv));
        Same(events, CsvRows(csv, "events", "start_utc", EventKeys));
        Same(totals, CsvRows(csv, "totals", null, TotalKeys));

        var xlsx = await DownloadAsync(page, "xlsx");
        Assert.Equal(header, XlsxTrace(xlsx));
        Same(events, XlsxRows(xlsx, "Events", "start_utc", EventKeys));
        Same(totals, XlsxRows(xlsx, "Totals", null, TotalKeys));

        AssertPdf(await DownloadAsync(page, "pdf"));
    }

    [Fact]
    public async Task ComplianceReport_DownloadsEachFile_FiguresEqualThePage()
    {
        var page = await StackPageWithEventsAsync();
        await page.GetByTestId("compliance-report").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/reports/compliance?", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("pollutants")).ToBeVisibleAsync();

        var header = await HeaderAsync(page);
        var outcome = await page.GetByTestId("statement").GetAttributeAsync("data-outcome");
        var capture = Double((await page.GetByTestId("capture-rate").GetAttributeAsync("data-value"))!);
        var pollutants = await RowsAsync(page, "[data-testid=pollutants] tbody tr[data-pollutant]", null, PollutantKeys);
        var events = await RowsAsync(page, "[data-testid=events] tbody tr[data-pollutant]", "data-start-utc", EventKeys);
        Assert.NotEmpty(events);
        Assert.Contains(pollutants.Values, p => p[0] > 0);
        // Each event above a ULE target is counted in its pollutant's row.
        Assert.Equal(events.Keys.Count(k => k.Contains("|target|", StringComparison.Ordinal)), (int)pollutants.Values.Sum(p => p[4]));
        Assert.Contains(outcome, Outcomes);

        var csv = Csv(await DownloadAsync(page, "csv"));
        Assert.Equal(header, CsvTrace(csv));
        Same(pollutants, CsvRows(csv, "pollutants", null, PollutantKeys));
        Same(events, CsvRows(csv, "events", "start_utc", EventKeys));
        Assert.Equal(outcome, CsvItem(csv, "report", "statement"));
        Assert.Equal(capture, Double(CsvItem(csv, "quality", "capture_rate")));

        var xlsx = await DownloadAsync(page, "xlsx");
        Assert.Equal(header, XlsxTrace(xlsx));
        Same(pollutants, XlsxRows(xlsx, "Pollutants", null, PollutantKeys));
        Same(events, XlsxRows(xlsx, "Events", "start_utc", EventKeys));
        Assert.Equal(outcome, XlsxItem(xlsx, "Report", "statement"));
        Assert.Equal(capture, Double(XlsxItem(xlsx, "Quality", "capture_rate")));

        AssertPdf(await DownloadAsync(page, "pdf"));
    }

    /// <summary>The same rows with the same values (compared as their invariant round-trip text).</summary>
    private static void Same(Dictionary<string, double[]> shown, Dictionary<string, double[]> file)
    {
        static Dictionary<string, string> Text(Dictionary<string, double[]> rows) =>
            rows.ToDictionary(r => r.Key, r => string.Join(' ', r.Value.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        Assert.Equal(Text(shown), Text(file));
    }

    /// <summary>The page of a plant's stack, as the platform admin finds it in the stacks list, showing
    /// the month of the middle of the seeded history (wholly in the month unless the month just began)
    /// with at least one exceedance event.</summary>
    private async Task<IPage> StackPageWithEventsAsync()
    {
        var page = await session.SignedInAsync("admin@calcine.demo");
        await page.GotoAsync("/stacks");
        var rows = page.GetByTestId("stack-row").Filter(new() { Has = page.Locator("a[href^='/plants/']") });
        var stacks = new List<string>();
        foreach (var row in await rows.AllAsync())
        {
            stacks.Add((await row.Locator("a[href^='/stacks/']").GetAttributeAsync("href"))!);
        }

        Assert.Equal(5, stacks.Count);
        foreach (var stack in stacks)
        {
            await page.GotoAsync(stack);
            var offset = int.Parse((await page.GetByTestId("live").GetAttributeAsync("data-offset-minutes"))!, CultureInfo.InvariantCulture);
            var month = (DateTime.UtcNow.AddMinutes(offset) - TimeSpan.FromDays(2)).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            await page.GotoAsync($"{stack}?month={month}");
            if (await page.GetByTestId("event").CountAsync() > 0)
            {
                return page;
            }
        }

        throw new InvalidOperationException("No stack of the seeded history has an exceedance event in its month: " + string.Join(", ", stacks));
    }

    /// <summary>What the page says the report is of: stack id, period, rule set.</summary>
    private static async Task<string[]> HeaderAsync(IPage page)
    {
        var header = page.GetByTestId("report-header");
        return [(await header.GetAttributeAsync("data-stack-id"))!, (await header.GetAttributeAsync("data-period-from"))!,
            (await header.GetAttributeAsync("data-period-to"))!, (await header.GetAttributeAsync("data-rule-set"))!];
    }

    /// <summary>A table's rows keyed "pollutant|against|start" (parts the row has), with the cells' data-value of <paramref name="keys"/>.</summary>
    private static async Task<Dictionary<string, double[]>> RowsAsync(IPage page, string selector, string? startAttribute, string[] keys)
    {
        var result = new Dictionary<string, double[]>();
        foreach (var row in await page.Locator(selector).AllAsync())
        {
            var key = await KeyAsync(row, startAttribute);
            var values = new double[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                var value = await row.Locator($"td[data-key={keys[i]}]").GetAttributeAsync("data-value");
                values[i] = string.IsNullOrEmpty(value) ? double.NaN : Double(value);
            }

            result.Add(key, values);
        }

        return result;
    }

    private static async Task<string> KeyAsync(ILocator row, string? startAttribute) =>
        string.Join('|', new[] { await row.GetAttributeAsync("data-pollutant"), await row.GetAttributeAsync("data-against"),
            startAttribute is null ? null : await row.GetAttributeAsync(startAttribute) }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>Every CSV row carries the trace columns: all rows name the same stack, period and rule set.</summary>
    private static string[] CsvTrace(List<string[]> csv)
    {
        var columns = csv[0].ToList();
        var traces = csv.Skip(1).Select(r => new[] { r[columns.IndexOf("stack_id")], r[columns.IndexOf("period_from")], r[columns.IndexOf("period_to")], r[columns.IndexOf("rule_set")] })
            .Select(t => string.Join('\n', t)).Distinct().ToList();
        return Assert.Single(traces).Split('\n');
    }

    private static Dictionary<string, double[]> CsvRows(List<string[]> csv, string record, string? startColumn, string[] keys)
    {
        var columns = csv[0].ToList();
        return Rows(csv.Skip(1).Where(r => r[0] == record), columns, startColumn, keys);
    }

    private static string CsvItem(List<string[]> csv, string record, string item)
    {
        var columns = csv[0].ToList();
        return csv.Single(r => r[0] == record && r[columns.IndexOf("item")] == item)[columns.IndexOf("value")];
    }

    private static string[] XlsxTrace(byte[] xlsx) =>
        [XlsxItem(xlsx, "Report", "stack_id"), XlsxItem(xlsx, "Report", "period_from"), XlsxItem(xlsx, "Report", "period_to"), XlsxItem(xlsx, "Report", "rule_set")];

    private static Dictionary<string, double[]> XlsxRows(byte[] xlsx, string sheet, string? startColumn, string[] keys)
    {
        var rows = SheetRows(xlsx, sheet);
        return Rows(rows.Skip(1), [.. rows[0]], startColumn, keys);
    }

    private static string XlsxItem(byte[] xlsx, string sheet, string item) => SheetRows(xlsx, sheet).Single(r => r[0] == item)[1];

    private static Dictionary<string, double[]> Rows(IEnumerable<string[]> rows, List<string> columns, string? startColumn, string[] keys) =>
        rows.ToDictionary(
            r => string.Join('|', new[] { r[columns.IndexOf("pollutant")], columns.Contains("against") ? r[columns.IndexOf("against")] : null,
                startColumn is null ? null : r[columns.IndexOf(startColumn)] }.Where(p => !string.IsNullOrEmpty(p))),
            r => keys.Select(k => r[columns.IndexOf(k)] is { Length: > 0 } v ? Double(v) : double.NaN).ToArray());
}
