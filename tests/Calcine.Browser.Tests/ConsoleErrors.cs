using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Every script error a page raises (uncaught exceptions and console errors), collected from
/// the moment it is attached.</summary>
public sealed class ConsoleErrors
{
    private readonly List<string> errors = [];

    public ConsoleErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add($"{page.Url}: uncaught {error}");
            }
        };
    }

    public IReadOnlyList<string> All
    {
        get
        {
            lock (errors)
            {
                return [.. errors];
            }
        }
    }
}
