using System.Net;
using AngleSharp.Html.Parser;
using Calcine.Web.Tests.Hosting;

namespace Calcine.Web.Tests.Stacks;

/// <summary>What one page request costs in queries, counted by <see cref="RequestCommandLog"/>, and
/// the navigation each role is shown (it is built from the grants loaded once, never from a query).</summary>
public abstract partial class StackPagesTests
{
    [Fact]
    public async Task StackPage_OneRender_ReadsTheStoredHoursOnce()
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        var (status, commands) = await CountedAsync(client, $"/stacks/{Stack("NR-01")}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(commands, c => RequestCommandLog.Reads(c, "cems_hours"));
    }

    [Theory]
    [InlineData("plant-editor")]
    [InlineData("regulator")]
    public async Task StackPage_OneRequest_LoadsTheGrantsOnce(string role)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        var (status, commands) = await CountedAsync(client, $"/stacks/{Stack("NR-01")}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(commands, c => RequestCommandLog.Reads(c, "role_assignments"));
    }

    [Theory]
    [InlineData("platform-admin", true)]
    [InlineData("association-analyst", true)]
    [InlineData("plant-editor", true)]
    [InlineData("viewer", true)]
    [InlineData("regulator", false)]
    [InlineData("verifier", false)]
    public async Task Navigation_EachRole_LinksBenchmarksOnlyWhenTheRoleMayOpenThem(string role, bool mayBenchmark)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        using var page = await client.GetAsync("/stacks");
        using var benchmarks = await client.GetAsync("/api/benchmarks");
        var html = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());

        Assert.Equal(mayBenchmark, html.QuerySelector("header nav a[href='/benchmarks']") is not null);
        Assert.Equal(mayBenchmark, benchmarks.StatusCode == HttpStatusCode.OK);
        Assert.NotNull(html.QuerySelector("header nav [data-testid=nav-stacks]"));
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Commands)> CountedAsync(Calcine.Web.Tests.Platform.PlatformClient client, string path)
    {
        var key = Guid.NewGuid().ToString("N");
        using var response = await client.SendAsync(HttpMethod.Get, path, headers: new Dictionary<string, string> { [RequestCommandLog.Header] = key });
        await response.Content.ReadAsStringAsync();
        return (response.StatusCode, fixture.Demo.CommandsOf(key));
    }
}
