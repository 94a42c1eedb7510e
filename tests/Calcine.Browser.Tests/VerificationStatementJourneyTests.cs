using System.Globalization;
using Microsoft.Playwright;
using static Calcine.Browser.Tests.ReportFiles;

namespace Calcine.Browser.Tests;

/// <summary>The verification statement of a year signed off in the browser (the demo seeds no signed
/// version): reached from the year page, it names the signed version's document hash the
/// verification page lists, states the inventory report's figures, and its PDF downloads. Its own
/// host and database, so the other journeys keep their open years.</summary>
public class VerificationStatementJourneyTests(OwnHostSession<VerificationStatementJourneyTests> session) : IClassFixture<OwnHostSession<VerificationStatementJourneyTests>>
{
    [Fact]
    public async Task Statement_SignedYear_ShowsTheSignedHashAndDownloadsItsPdf()
    {
        var editor = await session.SignedInAsync("plant.editor@calcine.demo");
        var year = await PlantPages.PlantUrlAsync(editor, "NR-01") + "/years/2024";

        // Before any sign-off there is no statement to give.
        await editor.GotoAsync(year);
        await editor.GetByTestId("verification-statement-link").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("statement-unavailable")).ToBeVisibleAsync();
        Assert.Equal(0, await editor.GetByTestId("download-pdf").CountAsync());

        await editor.GotoAsync(year + "/verification");
        await Step(editor, "Submit for verification", "submitted");
        var verifier = await session.SignedInAsync("verifier@calcine.demo");
        await verifier.GotoAsync(year + "/verification");
        await Step(verifier, "Start verification", "under-verification");
        await Step(verifier, "Sign off and lock", "verified");
        var signedSha = await verifier.GetByTestId("version-1").Locator("code").First.InnerTextAsync();
        Assert.Matches("^[0-9a-f]{64}$", signedSha);

        // The inventory report's figures of the (now locked) year, as the report page shows them.
        await editor.GotoAsync(year + "/report");
        var reported = await FiguresAsync(editor, "report-figures");
        Assert.True(reported["grossCo2_t"] > 0m);

        await editor.GotoAsync(year);
        await editor.GetByTestId("verification-statement-link").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("verification-statement")).ToBeVisibleAsync();
        Assert.Equal(signedSha, await editor.GetByTestId("statement-document-sha256").InnerTextAsync());
        Assert.Equal(reported, await FiguresAsync(editor, "statement-figures"));

        var pdf = await DownloadAsync(editor, "pdf");
        AssertPdf(pdf);
        Assert.True(pdf.Length > 1000, pdf.Length.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A figure table's unrounded values (data-value) by figure id.</summary>
    private static async Task<Dictionary<string, decimal>> FiguresAsync(IPage page, string testId)
    {
        var cells = await page.EvaluateAsync<string[][]>(
            $"() => [...document.querySelectorAll('[data-testid={testId}] tbody tr[data-figure]')].map(tr => [tr.dataset.figure, tr.querySelector('td.num').dataset.value])");
        return cells.Where(c => c[1].Length > 0).ToDictionary(c => c[0], c => Decimal(c[1]));
    }

    /// <summary>Presses a workflow step's button; the year's status after it is the step's.</summary>
    private static async Task Step(IPage page, string button, string status)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("year-status")).ToHaveAttributeAsync("data-value", status);
    }
}
