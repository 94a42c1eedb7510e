using System.Net;
using System.Text.RegularExpressions;

namespace Calcine.Web.Tests.Platform;

/// <summary>The UI's form posts go through the same access layer as the API: every verification
/// form by every demo role on every demo plant, and the month form, answer 404 for another tenant's
/// plant, 403 for a role without the right, and otherwise reach the workflow, whose refusal the
/// page then shows.</summary>
public partial class PageFormsAccessTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    public static TheoryData<string, string> RolesForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var form in PageForms.Verification)
            {
                data.Add(role, form.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesForms))]
    public async Task VerificationForm_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string formName)
    {
        var form = PageForms.Verification.Single(f => f.Name == formName);
        using var client = await fixture.SignedInAsync(role);
        var token = await PageForms.TokenAsync(client);
        var access = DemoTenancy.Roles[role];
        var rights = WorkflowEndpoints.Rights[role];

        foreach (var plant in DemoTenancy.Plants)
        {
            var id = fixture.PlantIds[plant];
            using var response = await PageForms.PostAsync(client, $"plants/{id}/{form.Path}", token, form.Fields);
            var body = await response.Content.ReadAsStringAsync();
            var allowed = form.Action switch
            {
                "edit" => access.EditablePlants.Contains(plant),
                "verify" => rights.Verify2023.Contains(plant),
                _ => rights.Administer.Contains(plant),
            };
            if (!access.VisiblePlants.Contains(plant))
            {
                Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{plant}: {(int)response.StatusCode}");
                Assert.DoesNotContain(plant, body, StringComparison.Ordinal);
            }
            else if (!allowed)
            {
                Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{plant}: {(int)response.StatusCode}");
            }
            else
            {
                // Reached the workflow: back to the page (post-redirect-get), which names the refusal.
                var year = form.Path[6..10];
                Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{plant}: {(int)response.StatusCode} {body}");
                Assert.Equal($"/plants/{id}/years/{year}/verification", response.Headers.Location?.OriginalString);
                var notice = await NoticeAsync(client, response.Headers.Location!.OriginalString);
                Assert.Contains(year == "2025" ? "draft" : "locked", notice, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task VerificationForm_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        using var editor = await fixture.SignedInAsync("plant-editor");
        var year = $"plants/{fixture.PlantIds["NR-01"]}/years/2025";

        using var response = await PageForms.PostAsync(editor, $"{year}/verification/submit", "not-a-token", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = await editor.GetJsonAsync($"api/{year}/status");
        Assert.Equal("draft", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task VerificationForm_SignedOut_GoesToSignIn()
    {
        using var client = fixture.Client();

        using var response = await PageForms.PostAsync(client, $"plants/{fixture.PlantIds["NR-01"]}/years/2025/verification/submit", "x", "");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plant-editor", "NR-01", 2023, HttpStatusCode.Conflict, "not open for editing")]
    [InlineData("viewer", "LS-01", 2025, HttpStatusCode.Forbidden, "not change it")]
    [InlineData("regulator", "NR-01", 2025, HttpStatusCode.Forbidden, "not change it")]
    [InlineData("viewer", "NR-01", 2025, HttpStatusCode.NotFound, null)]
    public async Task MonthForm_RefusedPost_AnswersItsStatus_SaysWhy_AndSavesNothing(string role, string plant, int year, HttpStatusCode expected, string? says)
    {
        var month = $"plants/{fixture.PlantIds[plant]}/years/{year}/months/2";
        using var admin = await fixture.SignedInAsync("platform-admin");
        var before = (await admin.GetJsonAsync($"api/{month}")).GetProperty("version").GetInt32();
        using var client = await fixture.SignedInAsync(role);
        var token = await PageForms.TokenAsync(client);

        using var response = await PageForms.PostAsync(client, month, token, $"_handler=month&Input.Version={before}&Input.ClinkerProduced=12345");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        if (says is null)
        {
            Assert.DoesNotContain(plant, body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(says, body, StringComparison.Ordinal);
        }

        Assert.Equal(before, (await admin.GetJsonAsync($"api/{month}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task MonthForm_Saved_RedirectsToTheMonthWithTheSavedVersion()
    {
        var month = $"plants/{fixture.PlantIds["NR-02"]}/years/2025/months/4";
        using var editor = await fixture.SignedInAsync("company-admin");
        var before = (await editor.GetJsonAsync($"api/{month}")).GetProperty("version").GetInt32();
        var token = await PageForms.TokenAsync(editor);

        using var response = await PageForms.PostAsync(editor, month, token, $"_handler=month&Input.Version={before}&Input.ClinkerProduced=54321");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.EndsWith($"/{month}?saved={before + 1}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var saved = await editor.GetJsonAsync($"api/{month}");
        Assert.Equal(before + 1, saved.GetProperty("version").GetInt32());
        Assert.Equal(54321m, saved.GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
    }

    private static async Task<string> NoticeAsync(PlatformClient client, string page)
    {
        using var response = await client.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = Notice().Match(html);
        Assert.True(notice.Success, "the page shows no notice");
        return notice.Groups["n"].Value;
    }

    [GeneratedRegex("data-testid=\"notice\">(?<n>[^<]*)<")]
    private static partial Regex Notice();
}
