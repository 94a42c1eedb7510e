using System.Net;
using Calcine.Web.Tests.Hosting;

namespace Calcine.Web.Tests.Platform;

/// <summary>The benchmark reads its members' plant-years through the plant-year cache: asked again
/// with no data changed, it reads only the years' stamps, never their months again.</summary>
public partial class BenchmarkAccessTests
{
    [Fact]
    public async Task Benchmark_AskedAgainUnchanged_ReadsStampsButNoMonths()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");
        var first = await CountedAsync(analyst, "a");
        var second = await CountedAsync(analyst, "b");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Contains(second.Commands, c => RequestCommandLog.Reads(c, "plant_years"));
        Assert.DoesNotContain(second.Commands, c => RequestCommandLog.Reads(c, "monthly_activity"));
    }

    private async Task<(HttpStatusCode Status, string Body, IReadOnlyList<string> Commands)> CountedAsync(PlatformClient client, string run)
    {
        var key = $"{Guid.NewGuid():N}-{run}";
        using var response = await client.SendAsync(HttpMethod.Get, "api/benchmarks?kpi=specific-heat",
            headers: new Dictionary<string, string> { [RequestCommandLog.Header] = key });
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), fixture.CommandsOf(key));
    }
}
