using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>axe-core (vendored from npm under axe/, docs/adr/0012) run in the page against WCAG 2.1
/// A and AA: each violation as "rule: help — first offending elements".</summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"));

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Content = Script });
        }

        return await page.EvaluateAsync<string[]>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ') — '
                + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | '));
            }
            """);
    }
}
