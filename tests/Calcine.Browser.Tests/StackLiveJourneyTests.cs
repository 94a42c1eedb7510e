using System.Globalization;
using Calcine.Application.Cems.Simulation;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>The stack page stays open while the CEMS simulator sends to the host's HJ 212 listener:
/// the data cross an hour boundary, and the new hour appears in the page's hour table and chart
/// without a reload (stack-live.js polls the live endpoint).</summary>
public sealed class StackLiveJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Editor = "plant.editor@calcine.demo";

    [Fact]
    public async Task StackPage_SimulatorSendsAcrossAnHour_NewHourAppearsWithoutReload()
    {
        var page = await session.SignedInAsync(Editor);
        await page.GotoAsync("/stacks");
        await page.GetByTestId("stack-row").Locator("a[href^='/stacks/']").ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/stacks/", StringComparison.Ordinal));
        // DEMO-K003-TAIL: the stack of demo device 3.
        var code = (await page.GetByTestId("stack-heading").TextContentAsync())!.Split(' ')[0];
        var device = int.Parse(code.Split('-')[1][1..], CultureInfo.InvariantCulture);
        var offset = TimeSpan.FromMinutes(int.Parse((await page.GetByTestId("live").GetAttributeAsync("data-offset-minutes"))!, CultureInfo.InvariantCulture));
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        // Two hours ago on the stack's clock, three minutes before the hour: 20 s of sending, 200
        // packets of one second each per wall second, complete that hour and start the next.
        var localNow = DateTime.UtcNow + offset;
        var hour = new DateTime(localNow.Year, localNow.Month, localNow.Day, localNow.Hour, 0, 0).AddHours(-2);
        var newHourUtc = DateTime.SpecifyKind(hour - offset, DateTimeKind.Utc);
        var fleet = new AnalyserFleet(new SimulationOptions
        {
            Host = "127.0.0.1",
            Port = session.Platform.Hj212Port,
            Password = ReadmeHost.DevicePassword,
            Devices = 1,
            FirstDevice = device,
            FramesPerSecondPerDevice = 200,
            Duration = TimeSpan.FromSeconds(20),
            FirstDataTime = hour.AddMinutes(-3),
        });
        var sending = fleet.RunAsync(CancellationToken.None);

        Assert.Equal(0, await page.Locator("[data-testid=hour-table] tbody tr").CountAsync());
        var newRow = page.Locator($"[data-testid=hour-table] tr[data-hour='{newHourUtc:yyyy-MM-dd'T'HH:mm:ss'Z'}']");
        try
        {
            await Assertions.Expect(newRow).ToHaveCountAsync(1, new() { Timeout = 45_000 });
        }
        catch (PlaywrightException)
        {
            var live = await page.EvaluateAsync<string>("async () => { const s = document.querySelector('section[data-live-url]'); const r = await fetch(s.dataset.liveUrl); return JSON.stringify(s.dataset) + ' ' + r.status + ' ' + (await r.text()).slice(0, 3000); }");
            throw new InvalidOperationException("The new hour did not appear. The live section and what its endpoint answers: " + live);
        }
        var report = await sending;
        // Once all its minutes are processed the hour is valid and has its value.
        await Assertions.Expect(newRow.Locator("td[data-key=pm]")).ToHaveAttributeAsync("data-value", new System.Text.RegularExpressions.Regex("^[0-9]"), new() { Timeout = 30_000 });

        Assert.Equal(0, report.Unacknowledged);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        Assert.Contains("/stacks/", page.Url, StringComparison.Ordinal);
        Assert.NotEqual("", await page.Locator("[data-testid=live-pm-chart] path.line").GetAttributeAsync("d"));

        // Flow as HJ 212 sends it (a00000, m³/s), shown in the unit the stack's flow channel
        // declares: a kiln tail's 100–200 m³/s, and no warning that the unit looks wrong.
        var flow = double.Parse((await newRow.Locator("td[data-key=flow]").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        Assert.InRange(flow, 100, 200);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=hour-table] th[data-key=flow]")).ToContainTextAsync("m³/s");
        Assert.Equal(0, await page.GetByTestId("flow-implausible").CountAsync());
    }
}
