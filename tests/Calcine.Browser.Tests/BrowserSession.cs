using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>A test class's view of the platform and the browser. The host (started as the README
/// says, see ReadmeHost) and Debian's Chromium (driven headless by Playwright, never a downloaded
/// browser) are shared by every class of the run that asks for the same host settings; each class
/// gets its own browser contexts, closed when the class is done.</summary>
public class BrowserSession : IAsyncLifetime
{
    public const string Password = "demo-password-for-browser-tests";

    private readonly List<IBrowserContext> contexts = [];

    public ReadmeHost Platform { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>
        {
            ["Demo__UserPassword"] = Password,
            ["Demo__Devices"] = "10",
            ["Security__LoginPermitsPerMinute"] = "1000",
            // Journeys store their own stack data; the one that wants the demo history asks for it.
            ["Demo__CemsHistoryDays"] = "0",
            // Packets processed at once (a pass every half second, no settling time), as a live
            // stack page needs to show them within seconds.
            ["Processing__IntervalSeconds"] = "0.5",
            ["Processing__SettleSeconds"] = "0",
            ["Ingestion__PerDeviceFramesPerSecond"] = "400",
        };
        AddSettings(settings);
        Platform = await SharedPlatform.HostAsync(settings);
        Browser = await SharedPlatform.ChromiumAsync();
    }

    /// <summary>Host settings a journey needs beside the shared ones (a different set starts
    /// another host, shared in turn by the classes that ask for it).</summary>
    protected virtual void AddSettings(Dictionary<string, string> settings)
    {
    }

    /// <summary>A fresh browser context (its own cookies) on the platform's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Platform.BaseAddress.ToString() });
        lock (contexts)
        {
            contexts.Add(context);
        }

        // The whole suite runs at once on two cores (web hosts, PostgreSQL, browsers): a sign-in's
        // password hash or a first page can take longer than Playwright's 30 s/5 s defaults there.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }
}

/// <summary>A host of its own for the journeys of <typeparamref name="TJourney"/>: they move state
/// the other journeys expect untouched (a year signed off and reopened), so they get their own
/// database. Still started as the README says, and shared with nobody else.</summary>
public sealed class OwnHostSession<TJourney> : BrowserSession
{
    protected override void AddSettings(Dictionary<string, string> settings) =>
        settings["CalcineBrowserTests__OwnHost"] = typeof(TJourney).Name;
}
