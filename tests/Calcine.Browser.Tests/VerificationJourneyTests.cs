using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>A reporting year through verification in the browser, each person in their own
/// session: submitted, verified with a finding answered and closed, signed off (locked, so the
/// editor's save is refused), reopened with a reason, and editable again. Its own host and
/// database (the class fixture), so the other journeys keep their open years.</summary>
public partial class VerificationJourneyTests(OwnHostSession<VerificationJourneyTests> session) : IClassFixture<OwnHostSession<VerificationJourneyTests>>
{
    private const string Editor = "plant.editor@calcine.demo";
    private const string CompanyAdmin = "company.admin@calcine.demo";
    private const string Verifier = "verifier@calcine.demo";

    [Fact]
    public async Task Year_SubmittedVerifiedSignedOffReopened_LocksAndUnlocksEditing()
    {
        var editor = await session.SignedInAsync(Editor);
        var year = await PlantPages.PlantUrlAsync(editor, "NR-01") + "/years/2024";
        var verification = year + "/verification";
        var month = year + "/months/3";

        // The editor opens a month before the year leaves the company's hands, and keeps the page.
        var monthPage = await session.SignedInAsync(Editor);
        await monthPage.GotoAsync(month);
        var clinker = monthPage.GetByLabel("Clinker produced (t)", new() { Exact = true });
        var original = await clinker.InputValueAsync();

        await editor.GotoAsync(year);
        await editor.GetByTestId("verification-link").ClickAsync();
        await Assertions.Expect(editor.GetByTestId("year-status")).ToHaveTextAsync("draft");
        await Assertions.Expect(editor.GetByTestId("step-submit")).ToContainTextAsync("the company");
        await Step(editor, "Submit for verification", "Submitted", "submitted");

        var verifier = await session.SignedInAsync(Verifier);
        await verifier.GotoAsync(verification);
        await Step(verifier, "Start verification", "Verification started", "under-verification");
        await verifier.GetByLabel("New finding").FillAsync("March clinker does not match the kiln log.");
        await verifier.GetByLabel("Severity").SelectOptionAsync("major");
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Raise finding" }).ClickAsync();
        var raised = await Notice(verifier).InnerTextAsync();
        var fid = FindingNumber().Match(raised).Groups["id"].Value;
        Assert.Matches(@"^\d+$", fid);
        await Assertions.Expect(verifier.GetByTestId($"finding-{fid}").GetByTestId("finding-status")).ToHaveTextAsync("open");

        // Signing off with an open finding is refused with the workflow's reason, not an error page.
        await Step(verifier, "Sign off and lock", "not closed", "under-verification");

        await editor.GotoAsync(verification);
        await editor.GetByLabel($"Answer to finding {fid}").FillAsync("The kiln log was corrected.");
        await editor.GetByRole(AriaRole.Button, new() { Name = $"Answer finding {fid}" }).ClickAsync();
        await Assertions.Expect(Notice(editor)).ToContainTextAsync("answered");
        await Assertions.Expect(editor.GetByTestId($"finding-{fid}").GetByTestId("finding-status")).ToHaveTextAsync("answered");
        Assert.Equal(0, await editor.GetByRole(AriaRole.Button, new() { Name = $"Close finding {fid}" }).CountAsync());

        await verifier.GotoAsync(verification);
        await verifier.GetByRole(AriaRole.Button, new() { Name = $"Close finding {fid}" }).ClickAsync();
        await Assertions.Expect(verifier.GetByTestId($"finding-{fid}").GetByTestId("finding-status")).ToHaveTextAsync("closed");
        await Step(verifier, "Sign off and lock", "Signed off", "verified");
        await Assertions.Expect(verifier.GetByTestId("version-1")).ToContainTextAsync("verifier");
        Assert.Matches("^[0-9a-f]{64}$", await verifier.GetByTestId("version-1").Locator("code").First.InnerTextAsync());
        var signed = await verifier.GetByRole(AriaRole.Link, new() { Name = "View version 1" }).GetAttributeAsync("href");
        var version = await verifier.APIRequest.GetAsync(signed!);
        Assert.Equal(200, version.Status);
        Assert.Contains("\"number\":1", await version.TextAsync(), StringComparison.Ordinal);

        // The form opened before the sign-off is refused by the server, which says why.
        await clinker.FillAsync("12345.6");
        await monthPage.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();
        await Assertions.Expect(monthPage.GetByTestId("notice")).ToContainTextAsync("Not saved: the year is verified");
        await monthPage.GotoAsync(month);
        await Assertions.Expect(monthPage.GetByTestId("read-only")).ToContainTextAsync("not open for editing");
        Assert.Equal(0, await monthPage.GetByTestId("month-form").CountAsync());
        Assert.DoesNotContain("12,345.6", await monthPage.GetByTestId("month-summary").InnerTextAsync(), StringComparison.Ordinal);

        // Reopening is the company admin's, with a reason; the editor is not offered it.
        await editor.GotoAsync(verification);
        await Assertions.Expect(editor.GetByTestId("step-reopen")).ToContainTextAsync("not yours");
        var admin = await session.SignedInAsync(CompanyAdmin);
        await admin.GotoAsync(verification);
        await admin.GetByLabel("Reason for reopening").FillAsync("Kiln log correction found after sign-off.");
        await Step(admin, "Reopen the year", "Reopened", "reopened");
        await Assertions.Expect(admin.GetByTestId("version-1")).ToBeVisibleAsync();

        await monthPage.GotoAsync(month);
        Assert.Equal(original, await clinker.InputValueAsync());
        await clinker.FillAsync("12345.6");
        await monthPage.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();
        await Assertions.Expect(monthPage.GetByTestId("notice")).ToContainTextAsync("saved (version");
        Assert.Contains("?saved=", monthPage.Url, StringComparison.Ordinal);

        // Post-redirect-get: a reload reads the month again and posts nothing.
        var savedVersion = await monthPage.Locator("input[name='Input.Version']").InputValueAsync();
        await monthPage.ReloadAsync();
        Assert.Equal("12345.6", await clinker.InputValueAsync());
        Assert.Equal(savedVersion, await monthPage.Locator("input[name='Input.Version']").InputValueAsync());
    }

    private static ILocator Notice(IPage page) => page.GetByTestId("notice");

    /// <summary>Presses a workflow step's button and checks the page's notice and the year's status after it.</summary>
    private static async Task Step(IPage page, string button, string notice, string status)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(Notice(page)).ToContainTextAsync(notice);
        await Assertions.Expect(page.GetByTestId("year-status")).ToHaveTextAsync(status);
    }

    [GeneratedRegex(@"Finding (?<id>\d+) raised")]
    private static partial Regex FindingNumber();
}
