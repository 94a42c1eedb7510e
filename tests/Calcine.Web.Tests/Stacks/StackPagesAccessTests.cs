using System.Net;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Stacks;

/// <summary>Every new stack page and endpoint, called by every demo role on every demo plant's stack
/// (the policy of the stack's plant decides: 404 for other tenants', 403 for read-only roles'
/// edits), and hostile query and route values.</summary>
public abstract partial class StackPagesTests
{
    private static readonly string[] Targets = ["page", "live", "explain-form"];

    public static TheoryData<string, string, string> RolesPlantsTargets()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in DemoTenancy.Roles.Keys)
        {
            foreach (var plant in DemoTenancy.Plants)
            {
                foreach (var target in Targets)
                {
                    data.Add(role, plant, target);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RolesPlantsTargets))]
    public async Task StackTarget_EachRoleEachPlant_AnswersOnlyWhatThePolicyAllows(string role, string plant, string target)
    {
        using var client = await fixture.Demo.SignedInAsync(role);
        var id = Stack(plant);

        using var response = target switch
        {
            "page" => await client.GetAsync($"/stacks/{id}?month=2025-03"),
            "live" => await client.GetAsync($"api/stacks/{id}/live"),
            _ => await PageForms.PostAsync(client, $"/stacks/{id}/exceedances/so2/{So2Start}/explanation", await PageForms.TokenAsync(client),
                $"month=2025-03&text={Uri.EscapeDataString($"Start-up ({role})")}"),
        };
        var body = await response.Content.ReadAsStringAsync();

        var access = DemoTenancy.Roles[role];
        if (!access.VisiblePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("so2", body, StringComparison.OrdinalIgnoreCase);
        }
        else if (target == "explain-form" && !access.EditablePlants.Contains(plant))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else if (target == "explain-form")
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/stacks/{id}?month=2025-03#exceedances", response.Headers.Location?.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(target == "live" ? "application/json" : "text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [MemberData(nameof(RolesAndRegulatorPage))]
    public async Task RegulatorPage_EachRole_OpensForRegulatorsAndPlatformAdminsOnly(string role, bool opens)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        using var response = await client.GetAsync("/stacks/regulator");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(opens ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(opens, body.Contains("data-testid=\"ranked-stacks\"", StringComparison.Ordinal));
    }

    public static TheoryData<string, bool> RolesAndRegulatorPage() => new()
    {
        { "platform-admin", true }, { "regulator", true }, { "association-analyst", false }, { "company-admin", false },
        { "plant-editor", false }, { "verifier", false }, { "viewer", false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task StackPage_EachRole_ShowsTheExplanationFormOnlyWhereItMayEdit(string role)
    {
        using var client = await fixture.Demo.SignedInAsync(role);

        foreach (var plant in DemoTenancy.Roles[role].VisiblePlants)
        {
            var (_, page) = await PageAsync(client, $"/stacks/{Stack(plant)}?month=2025-03");
            Assert.NotEmpty(page.QuerySelectorAll("[data-testid=event]"));
            Assert.Equal(DemoTenancy.Roles[role].EditablePlants.Contains(plant), page.QuerySelectorAll("[data-testid=explain-form]").Length > 0);
        }
    }

    public static TheoryData<string> Roles() => [.. DemoTenancy.Roles.Keys];

    [Theory]
    [InlineData("garbage")]
    [InlineData("2025-13")]
    [InlineData("1999-12")]
    [InlineData("2025-03-01")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task StackPage_HostileMonth_Answers400WithTheReasonAndTheCurrentMonth(string month)
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");

        var (status, page) = await PageAsync(client, $"/stacks/{Stack("NR-01")}?month={month}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(page.QuerySelector("[data-testid=month-error]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.NotNull(page.QuerySelector("[data-testid=ule-table], [data-testid=no-month-data]"));
    }

    [Theory]
    [InlineData("/stacks/999999")]
    [InlineData("/stacks/0")]
    [InlineData("api/stacks/999999/live")]
    [InlineData("/stacks/-1")]
    public async Task Admin_StackThatDoesNotExist_IsNotFound(string path)
    {
        using var client = await fixture.Demo.SignedInAsync("platform-admin");

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("nox2", "2025-03-10T02:00:00Z")]
    [InlineData("so2", "yesterday")]
    [InlineData("so2", "2025-03-10T03:00:00Z")]
    public async Task ExplainForm_HostileRouteValues_RedirectWithARefusalAndSaveNothing(string pollutant, string start)
    {
        using var client = await fixture.Demo.SignedInAsync("company-admin");
        var id = Stack("NR-02");

        using var post = await PageForms.PostAsync(client, $"/stacks/{id}/exceedances/{pollutant}/{start}/explanation", await PageForms.TokenAsync(client), "month=nonsense&text=x");
        var (_, after) = await PageAsync(client, post.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal($"/stacks/{id}#exceedances", post.Headers.Location!.OriginalString);
        Assert.Contains("Not saved", after.QuerySelector("[data-testid=notice]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainForm_WithoutAntiforgeryToken_IsRefusedAndSavesNothing()
    {
        using var client = await fixture.Demo.SignedInAsync("plant-editor");
        var id = Stack("NR-01");

        using var post = await client.SendRawAsync(HttpMethod.Post, $"/stacks/{id}/exceedances/so2/{So2Start}/explanation",
            "text=forged"u8.ToArray(), "application/x-www-form-urlencoded");
        var api = await client.GetJsonAsync($"api/stacks/{id}/exceedances?from=2025-03-10&to=2025-03-10");

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.DoesNotContain("forged", api.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stacks")]
    [InlineData("/stacks/regulator")]
    [InlineData("/stacks/1")]
    public async Task Unauthenticated_StackPages_RedirectToTheLogin(string path)
    {
        using var client = fixture.Demo.Client();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
