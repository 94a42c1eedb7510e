using Microsoft.Playwright;

// One host and one Chromium serve every class of the run; classes run one after another so their
// journeys (a user's language, a year's workflow step) never interleave on the shared database.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Calcine.Browser.Tests;

/// <summary>The hosts and the Chromium of one test run: started on first use, one host per set of
/// settings, and stopped when the test process exits (xunit 2 has no assembly fixture).</summary>
public static class SharedPlatform
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<string, ReadmeHost> Hosts = new(StringComparer.Ordinal);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    static SharedPlatform() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopAll();

    /// <summary>The host for these settings; started once (dotnet run builds, so never two at once).</summary>
    public static async Task<ReadmeHost> HostAsync(IReadOnlyDictionary<string, string> settings)
    {
        var key = string.Join(';', settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}"));
        await Gate.WaitAsync();
        try
        {
            if (!Hosts.TryGetValue(key, out var host))
            {
                host = await ReadmeHost.StartAsync(settings);
                Hosts[key] = host;
            }

            return host;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<IBrowser> ChromiumAsync()
    {
        await Gate.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void StopAll()
    {
        try
        {
            browser?.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright?.Dispose();
        }
        catch (AggregateException)
        {
        }
        catch (PlaywrightException)
        {
        }

        foreach (var host in Hosts.Values)
        {
            host.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
        }
    }
}
