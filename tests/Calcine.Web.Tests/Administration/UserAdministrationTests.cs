using System.Net;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Administration;

/// <summary>Invitations with a one-time link, role assignments within the admin's scope, deactivation
/// that ends sessions, and every user's own password and sign-ins.</summary>
public abstract class UserAdministrationTests(DemoPlatformFixture demo)
{
    private const string NewPassword = "a-long-new-password-42";

    private async Task<(string Email, string UserId, string Link)> InviteAsync(PlatformClient admin, string role, string scope, int? scopeId)
    {
        var email = $"{AdminCalls.Unique("user")}@example.test";
        var (status, body) = await admin.PostAsync("api/admin/users/invitations",
            new { email, displayName = "New Person", role = new { role, scope, scopeId } });
        Assert.Equal(HttpStatusCode.Created, status);
        return (email, body.GetProperty("userId").GetString()!, body.GetProperty("link").GetString()!);
    }

    private static async Task<HttpStatusCode> AcceptAsync(PlatformClient client, string link, string password)
    {
        var uri = new Uri(link);
        var id = uri.AbsolutePath.Split('/')[^1];
        var token = Uri.UnescapeDataString(uri.Query["?token=".Length..]);
        return (await client.PostAsync($"api/invitations/{id}/accept", new { token, password })).Status;
    }

    [Fact]
    public async Task Invitation_LinkSetsPasswordOnce_ThenTheUserSignsInWithTheRole()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var (email, _, link) = await InviteAsync(admin, "plant-editor", "plant", demo.PlantIds["NR-02"]);
        using var anonymous = demo.Client();

        var first = await AcceptAsync(anonymous, link, NewPassword);
        var again = await AcceptAsync(anonymous, link, "another-long-password-7");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (first, again));
        using var user = await demo.Client().SignedInAsync(email, NewPassword);
        var plants = DemoPlatformFixture.Codes(await user.GetJsonAsync("api/plants"), "code");
        Assert.Equal(["NR-02"], plants);
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.Client().LoginAsync(email, "another-long-password-7")).StatusCode);
    }

    [Fact]
    public async Task Invitation_ShortPassword_NamesThePasswordAndLeavesTheLinkUsable()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var (_, _, link) = await InviteAsync(admin, "viewer", "company", demo.CompanyIds["Northridge Cement"]);
        using var anonymous = demo.Client();

        var uri = new Uri(link);
        var (status, body) = await anonymous.PostAsync($"api/invitations/{uri.AbsolutePath.Split('/')[^1]}/accept",
            new { token = Uri.UnescapeDataString(uri.Query["?token=".Length..]), password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["password"], AdminCalls.ErrorFields(body));
        Assert.Equal(HttpStatusCode.OK, await AcceptAsync(anonymous, link, NewPassword));
    }

    /// <summary>Role, the role's scope and tenant the caller tries to invite to, expected answer.</summary>
    public static TheoryData<string, string, string, HttpStatusCode> Inviters() => new()
    {
        { "company-admin", "company", "Northridge Cement", HttpStatusCode.Created },
        { "company-admin", "company", "Lakeshore Building Materials", HttpStatusCode.NotFound },
        { "company-admin", "platform", "", HttpStatusCode.Forbidden },
        { "plant-editor", "company", "Northridge Cement", HttpStatusCode.Forbidden },
        { "verifier", "company", "Northridge Cement", HttpStatusCode.Forbidden },
        { "viewer", "company", "Northridge Cement", HttpStatusCode.NotFound },
        { "platform-admin", "company", "Lakeshore Building Materials", HttpStatusCode.Created },
    };

    [Theory]
    [MemberData(nameof(Inviters))]
    public async Task Invite_RoleAndTenant_OnlyWithinWhatTheCallerAdministers(string role, string scope, string company, HttpStatusCode expected)
    {
        using var client = await demo.SignedInAsync(role);
        var grant = scope == "platform" ? "platform-admin" : "viewer";
        int? scopeId = scope == "platform" ? null : demo.CompanyIds[company];

        var (status, _) = await client.PostAsync("api/admin/users/invitations",
            new { email = $"{AdminCalls.Unique("inv")}@example.test", displayName = "X", role = new { role = grant, scope, scopeId } });

        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task Invite_BadInput_NamesEachField()
    {
        using var admin = await demo.SignedInAsync("company-admin");

        var (status, body) = await admin.PostAsync("api/admin/users/invitations",
            new { email = "not-an-address", displayName = "", role = new { role = "owner", scope = "company", scopeId = (int?)null } });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["displayName", "email", "role.role", "role.scopeId"], AdminCalls.ErrorFields(body));
    }

    [Fact]
    public async Task Deactivate_ByTheirAdmin_EndsSessionsAndRefusesSignIn_OtherTenantsUsersAre404()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var (email, userId, link) = await InviteAsync(admin, "viewer", "company", demo.CompanyIds["Northridge Cement"]);
        Assert.Equal(HttpStatusCode.OK, await AcceptAsync(demo.Client(), link, NewPassword));
        using var session = await demo.Client().SignedInAsync(email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, await session.StatusAsync("api/account/me"));
        using var platform = await demo.SignedInAsync("platform-admin");
        var (_, otherUser, _) = await InviteAsync(platform, "viewer", "company", demo.CompanyIds["Lakeshore Building Materials"]);
        var events = await demo.CountAuditAsync("AccountEvent");

        var deactivated = await admin.PostAsync($"api/admin/users/{userId}/deactivate", new { });
        var other = await admin.PostAsync($"api/admin/users/{otherUser}/deactivate", new { });
        var byEditor = await (await demo.SignedInAsync("plant-editor")).PostAsync($"api/admin/users/{userId}/deactivate", new { });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (deactivated.Status, other.Status, byEditor.Status));
        Assert.Equal(HttpStatusCode.Unauthorized, await session.StatusAsync("api/account/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.Client().LoginAsync(email, NewPassword)).StatusCode);
        Assert.Equal(events + 1, await demo.CountAuditAsync("AccountEvent"));
        var listed = (await admin.GetJsonAsync("api/admin/users/")).EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToList();
        Assert.Contains(userId, listed);
        Assert.DoesNotContain(otherUser, listed);
    }

    [Fact]
    public async Task AssignRole_WithinAndOutsideScope_AnswersAndAudits()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var (_, userId, _) = await InviteAsync(admin, "viewer", "company", demo.CompanyIds["Northridge Cement"]);
        var grants = await demo.CountAuditAsync("RoleAssignment");

        var inScope = await admin.PostAsync($"api/admin/users/{userId}/roles", new { role = "plant-editor", scope = "plant", scopeId = demo.PlantIds["NR-01"] });
        var outside = await admin.PostAsync($"api/admin/users/{userId}/roles", new { role = "plant-editor", scope = "plant", scopeId = demo.PlantIds["LS-01"] });
        var platformRole = await admin.PostAsync($"api/admin/users/{userId}/roles", new { role = "platform-admin", scope = "platform" });
        var revoke = await admin.CallAsync(HttpMethod.Delete, $"api/admin/users/{userId}/roles/{inScope.Body.GetProperty("id").GetInt32()}");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.OK),
            (inScope.Status, outside.Status, platformRole.Status, revoke.Status));
        Assert.Equal(grants + 2, await demo.CountAuditAsync("RoleAssignment"));
    }

    [Fact]
    public async Task ChangePassword_Own_OldPasswordRefusedAndSignInsListed()
    {
        using var admin = await demo.SignedInAsync("company-admin");
        var (email, _, link) = await InviteAsync(admin, "viewer", "plant", demo.PlantIds["NR-01"]);
        Assert.Equal(HttpStatusCode.OK, await AcceptAsync(demo.Client(), link, NewPassword));
        using var user = await demo.Client().SignedInAsync(email, NewPassword);

        var wrong = await user.PostAsync("api/account/password", new { currentPassword = "not-the-password-1", newPassword = "the-next-password-99" });
        var changed = await user.PostAsync("api/account/password", new { currentPassword = NewPassword, newPassword = "the-next-password-99" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NoContent), (wrong.Status, changed.Status));
        Assert.Equal(["currentPassword"], AdminCalls.ErrorFields(wrong.Body));
        Assert.Equal(HttpStatusCode.OK, await user.StatusAsync("api/account/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await demo.Client().LoginAsync(email, NewPassword)).StatusCode);
        using var again = await demo.Client().SignedInAsync(email, "the-next-password-99");
        Assert.Equal(2, (await again.GetJsonAsync("api/account/sign-ins")).GetArrayLength());
    }

    [Fact]
    public async Task AdminEndpoints_Anonymous_Answer401()
    {
        using var anonymous = demo.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, await anonymous.StatusAsync("api/admin/users/"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("api/admin/companies", new { name = "x", associationId = 1 })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("api/account/password", new { })).Status);
    }
}

public sealed class UserAdministrationTestsOnSqlite(DemoPlatformFixture fixture) : UserAdministrationTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class UserAdministrationTestsOnPostgres(PostgresDemoPlatformFixture fixture) : UserAdministrationTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
