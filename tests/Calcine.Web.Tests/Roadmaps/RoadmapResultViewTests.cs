using System.Globalization;
using Calcine.Application.Roadmaps;
using Calcine.TestKit;
using Calcine.Web.Platform.Reports;
using Calcine.Web.Roadmaps.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Web.Tests.Roadmaps;

/// <summary>The company road-map view renders a RoadmapResult (the ECRA reference kiln, spec worked
/// example) with the figures of the result in its data tables.</summary>
public class RoadmapResultViewTests(RoadmapDemoFixture fixture) : IClassFixture<RoadmapDemoFixture>
{
    [Fact]
    public async Task View_EcraReferenceKiln_ShowsTrajectoryWedgesMaccAndInvestmentFromTheResult()
    {
        var result = RoadmapRunner.Run(RoadmapScenarioReader.Read(Examples.Read("roadmap-ecra-reference-kiln.json")).Value);
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        string html;
        try
        {
            await using var scope = fixture.Platform.Services.CreateAsyncScope();
            html = await scope.ServiceProvider.GetRequiredService<ReportComponentHtml>()
                .RenderAsync<RoadmapResultView>(new Dictionary<string, object?> { ["Result"] = result });
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }

        foreach (var id in new[] { "result-trajectory-chart", "result-trajectory-data", "result-wedges-data", "result-macc-chart", "result-macc-data", "result-investment-data" })
        {
            Assert.Contains($"data-testid=\"{id}\"", html, StringComparison.Ordinal);
        }

        // The worked example: CO2 1,353,677.50 t in 2030 on the optimum, the 2030 cap 1,420,000 t, MEA's MAC 104.2 USD/t.
        Assert.Contains("1,353,677", html, StringComparison.Ordinal);
        Assert.Contains("1,420,000", html, StringComparison.Ordinal);
        Assert.Contains("104.2", html, StringComparison.Ordinal);
    }
}
