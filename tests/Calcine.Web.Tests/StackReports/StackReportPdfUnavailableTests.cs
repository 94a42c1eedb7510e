using System.Net;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.StackReports;

/// <summary>A host without a browser to print with: the PDF endpoints answer 503 saying so, and the
/// other formats still work.</summary>
public sealed class StackReportPdfUnavailableTests : IAsyncLifetime
{
    private TestDatabase? database;
    private InProcessPlatform? platform;

    public async Task InitializeAsync()
    {
        database = await DemoPlatformFixture.DemoDatabaseAsync("sqlite");
        var settings = DemoTenancy.Settings();
        settings["Reports__ChromiumPath"] = "/nonexistent";
        platform = await InProcessPlatform.StartAsync(database.Options, settings);
    }

    [Fact]
    public async Task Pdf_NoChromium_Answers503WithAMessage_WhileCsvStillWorks()
    {
        using var client = await new PlatformClient(platform!.BaseAddress).SignedInAsync(DemoTenancy.Roles["platform-admin"].Email, DemoTenancy.Password);
        var stack = (await client.GetJsonAsync("api/stacks")).EnumerateArray().First().GetProperty("id").GetInt32();

        using var pdf = await client.GetAsync($"api/stacks/{stack}/reports/compliance.pdf?month=2025-03");
        using var exceedancesPdf = await client.GetAsync($"api/stacks/{stack}/reports/exceedances.pdf?from=2025-03-01&to=2025-03-31");
        using var csv = await client.GetAsync($"api/stacks/{stack}/reports/compliance.csv?month=2025-03");
        var body = await pdf.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exceedancesPdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/nonexistent", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (platform is not null)
        {
            await platform.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
