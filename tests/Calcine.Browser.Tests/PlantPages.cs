using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Finding a plant's pages the way a user does: from the plants list.</summary>
public static class PlantPages
{
    /// <summary>The address of a plant (e.g. <c>/plants/3</c>) as listed for the signed-in user.</summary>
    public static async Task<string> PlantUrlAsync(IPage page, string code)
    {
        await page.GotoAsync("/");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).GetAttributeAsync("href");
        return href!;
    }
}
