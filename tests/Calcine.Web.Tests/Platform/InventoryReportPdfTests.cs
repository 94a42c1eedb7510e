using System.Net;
using System.Text;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>The PDF path with a browser that is missing, too slow, or a fake that hands back the HTML it
/// was given (so the document sent to the printer can be read), each on its own host.</summary>
public sealed class InventoryReportPdfTests : IDisposable
{
    private const string Hostile = "</title><script>alert('pdf')</script>";
    private readonly DirectoryInfo scripts = Directory.CreateTempSubdirectory("calcine-fake-browser-");

    private string Script(string name, string body)
    {
        var path = Path.Combine(scripts.FullName, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static async Task<(TestDatabase Db, InProcessPlatform Platform, PlatformClient Admin)> StartAsync(Dictionary<string, string> reports)
    {
        var db = await DemoPlatformFixture.DemoDatabaseAsync("sqlite");
        var settings = DemoTenancy.Settings();
        foreach (var (k, v) in reports)
        {
            settings[k] = v;
        }

        var platform = await InProcessPlatform.StartAsync(db.Options, settings);
        var admin = await new PlatformClient(platform.BaseAddress).SignedInAsync("admin@calcine.demo", DemoTenancy.Password);
        return (db, platform, admin);
    }

    private static async Task<int> PlantIdAsync(PlatformClient admin, string code) =>
        (await admin.GetJsonAsync("api/plants")).EnumerateArray().Single(p => p.GetProperty("code").GetString() == code).GetProperty("id").GetInt32();

    [Fact]
    public async Task ReportPdf_NoBrowserAndSlowBrowser_Answer503NamingWhy()
    {
        var (db, platform, admin) = await StartAsync(new() { ["Reports__ChromiumPath"] = "/nonexistent/chromium" });
        await using (db)
        await using (platform)
        using (admin)
        {
            var id = await PlantIdAsync(admin, "NR-01");
            using var response = await admin.GetAsync($"api/plants/{id}/years/2024/report.pdf");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Reports:ChromiumPath", body, StringComparison.Ordinal);
        }

        var sleeper = Script("slow-browser.sh", "sleep 30");
        (db, platform, admin) = await StartAsync(new() { ["Reports__ChromiumPath"] = sleeper, ["Reports__TimeoutSeconds"] = "1" });
        await using (db)
        await using (platform)
        using (admin)
        {
            var company = (await admin.GetJsonAsync("api/companies")).EnumerateArray().First().GetProperty("id").GetInt32();
            using var response = await admin.GetAsync($"api/companies/{company}/years/2024/report.pdf");
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("longer than", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HostilePlantName_PageAndPdfDocument_CarryItAsInertText()
    {
        // The fake browser writes a PDF header followed by the HTML document it was asked to print.
        var copier = Script("copy-browser.sh", """
            for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; file://*) in="${a#file://}";; esac; done
            { printf '%%PDF-fake\n'; cat "$in"; } > "$out"
            """);
        var (db, platform, admin) = await StartAsync(new() { ["Reports__ChromiumPath"] = copier });
        await using (db)
        await using (platform)
        using (admin)
        {
            var id = await PlantIdAsync(admin, "NR-01");
            await using (var context = db.CreateContext())
            {
                // As a rename would: the plant's version moves on, so nothing cached survives.
                await context.Plants.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, Hostile).SetProperty(p => p.Version, p => p.Version + 1));
            }

            var page = await (await admin.GetAsync($"plants/{id}/years/2024/report")).Content.ReadAsStringAsync();
            using var pdfResponse = await admin.GetAsync($"api/plants/{id}/years/2024/report.pdf");
            var pdf = Encoding.UTF8.GetString(await pdfResponse.Content.ReadAsByteArrayAsync());
            var company = (await admin.GetJsonAsync("api/plants")).EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == id).GetProperty("companyId").GetInt32();
            var companyPdf = Encoding.UTF8.GetString(await (await admin.GetAsync($"api/companies/{company}/years/2024/report.pdf")).Content.ReadAsByteArrayAsync());

            Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
            Assert.StartsWith("%PDF", pdf, StringComparison.Ordinal);
            foreach (var html in new[] { page, pdf, companyPdf })
            {
                Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);
                Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
                Assert.Contains("&lt;/title&gt;&lt;script&gt;", html, StringComparison.Ordinal);
            }

            Assert.Single(System.Text.RegularExpressions.Regex.Matches(pdf, "</title>"));
        }
    }

    public void Dispose() => scripts.Delete(recursive: true);
}
