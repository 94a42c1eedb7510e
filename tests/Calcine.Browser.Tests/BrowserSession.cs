using Calcine.TestKit.Databases;
using Calcine.TestKit.Platform;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>The real host on a fresh SQLite database with the demo tenancy, and Debian's Chromium
/// driven headless by Playwright (never a downloaded browser). One per test class.</summary>
public class BrowserSession : IAsyncLifetime
{
    public const string Password = "demo-password-for-browser-tests";
    public const string Chromium = "/usr/bin/chromium";

    private TestDatabase? database;
    private IPlaywright? playwright;

    public PlatformProcess Platform { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("sqlite");
        var settings = new Dictionary<string, string>
        {
            ["Demo__UserPassword"] = Password,
            ["Demo__Devices"] = "10",
            ["Security__LoginPermitsPerMinute"] = "1000",
        };
        AddSettings(settings);
        Platform = await PlatformProcess.StartAsync(database.Options, settings: settings);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Host settings a journey needs beside the demo's (processing pace, for instance).</summary>
    protected virtual void AddSettings(Dictionary<string, string> settings)
    {
    }

    /// <summary>A fresh browser context (its own cookies) on the platform's address.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Platform.BaseAddress.ToString() });
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
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
