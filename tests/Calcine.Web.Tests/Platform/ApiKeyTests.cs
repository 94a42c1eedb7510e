using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Calcine.Storage.Identity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Platform;

/// <summary>API keys on the seeded demo: who may issue which key, what a key may then do on its own
/// and on other tenants' plants, and that every bad key is a plain 401.</summary>
public sealed class ApiKeyTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    private const int Created = 201, Forbidden = 403, NotFound = 404;

    /// <summary>The keys tried in <see cref="Create_EachRoleEachGrant_AllowedOnlyWithinWhatTheCallerAdministers"/>.</summary>
    private static readonly string[] Targets =
        ["viewer of NR-01", "plant-editor of NR-01", "company-admin of Northridge", "viewer of Lakeshore", "verifier of Northridge 2025", "platform-admin"];

    /// <summary>Expected status per target above, by hand from docs/adr/0007-api-keys.md: the caller
    /// must administer the scope (404 if they cannot see it) and the key may not do what they cannot.</summary>
    public static TheoryData<string, int[]> CreateMatrix() => new()
    {
        { "platform-admin", [Created, Created, Created, Created, Created, Created] },
        { "association-analyst", [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden] },
        // A company admin cannot verify, so cannot hand out a verifier key either.
        { "company-admin", [Created, Created, Created, NotFound, Forbidden, Forbidden] },
        { "plant-editor", [Forbidden, Forbidden, Forbidden, NotFound, Forbidden, Forbidden] },
        { "verifier", [Forbidden, Forbidden, Forbidden, NotFound, Forbidden, Forbidden] },
        { "regulator", [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden] },
        { "viewer", [NotFound, NotFound, NotFound, Forbidden, NotFound, Forbidden] },
    };

    [Theory]
    [MemberData(nameof(CreateMatrix))]
    public async Task Create_EachRoleEachGrant_AllowedOnlyWithinWhatTheCallerAdministers(string role, int[] expected)
    {
        using var client = await fixture.SignedInAsync(role);
        var actual = new List<int>();
        var stored = new List<bool>();
        foreach (var target in Targets)
        {
            var name = $"{role} → {target}";
            var created = await ApiKeyCalls.CreateAsync(client, TargetBody(target, name));
            actual.Add((int)created.Status);
            await using var db = fixture.Database.CreateContext();
            stored.Add(await db.ApiKeys.AnyAsync(k => k.Name == name));
            if (created.Status == HttpStatusCode.Created)
            {
                Assert.Matches("^calc_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$", created.Token);
            }
        }

        Assert.Equal(expected, actual);
        Assert.Equal(expected.Select(s => s == Created), stored);
    }

    [Theory]
    [InlineData("no-such-role", "company", true, null)]
    [InlineData("viewer", "galaxy", true, null)]
    [InlineData("viewer", "company", false, null)]
    [InlineData("viewer", "jurisdiction", false, null)]
    [InlineData("viewer", "company", true, "CN-AH")]
    public async Task Create_InvalidGrant_Answers400(string role, string scope, bool withScopeId, string? jurisdiction)
    {
        using var admin = await fixture.SignedInAsync("platform-admin");

        var created = await ApiKeyCalls.CreateAsync(admin,
            ApiKeyCalls.Body(role, scope, withScopeId ? fixture.CompanyIds["Northridge Cement"] : null, jurisdiction));

        Assert.Equal(HttpStatusCode.BadRequest, created.Status);
        Assert.True(created.Body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Create_ExpiryInThePast_Answers400()
    {
        using var admin = await fixture.SignedInAsync("company-admin");

        var created = await ApiKeyCalls.CreateAsync(admin,
            ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"], expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1)));

        Assert.Equal(HttpStatusCode.BadRequest, created.Status);
        Assert.True(created.Body.GetProperty("errors").TryGetProperty("expiresAt", out _));
    }

    [Fact]
    public async Task PlantEditorKey_OwnAndOtherPlants_ReadsAndEditsOnlyItsPlant()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (_, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("plant-editor", "plant", fixture.PlantIds["NR-01"]));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
        var month = $"api/plants/{fixture.PlantIds["NR-01"]}/years/{DataEndpoints.OpenYear}/months/7";
        var version = (await machine.GetJsonAsync(month)).GetProperty("version").GetInt32();

        var plants = DemoPlatformFixture.Codes(await machine.GetJsonAsync("api/plants"), "code");
        using var put = await DataEndpoints.PutJsonAsync(machine, month, new { version, data = DataEndpoints.Month(clinker: 81_234m) });
        using var sister = await machine.GetAsync($"api/plants/{fixture.PlantIds["NR-02"]}");
        using var otherTenant = await machine.GetAsync($"api/plants/{fixture.PlantIds["LS-01"]}");
        using var otherTenantPut = await DataEndpoints.PutJsonAsync(machine,
            $"api/plants/{fixture.PlantIds["LS-01"]}/years/{DataEndpoints.OpenYear}/months/7", new { version = 1, data = DataEndpoints.Month() });

        // The company admin who issued the key sees NR-02; the key, limited to NR-01, does not.
        Assert.Equal(["NR-01"], plants);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(81_234m, (await admin.GetJsonAsync(month)).GetProperty("data").GetProperty("clinker").GetProperty("produced_t").GetDecimal());
        DataEndpoints.AssertHidden(sister, await sister.Content.ReadAsStringAsync());
        DataEndpoints.AssertHidden(otherTenant, await otherTenant.Content.ReadAsStringAsync());
        DataEndpoints.AssertHidden(otherTenantPut, await otherTenantPut.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ViewerKey_PutMonthOrPlant_Answers403AndChangesNothing()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (_, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("viewer", "company", fixture.CompanyIds["Northridge Cement"]));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
        var id = fixture.PlantIds["NR-01"];
        var month = $"api/plants/{id}/years/{DataEndpoints.OpenYear}/months/8";
        var before = await machine.GetJsonAsync(month);
        var plant = await machine.GetJsonAsync($"api/plants/{id}");

        using var putMonth = await DataEndpoints.PutJsonAsync(machine, month,
            new { version = before.GetProperty("version").GetInt32(), data = DataEndpoints.Month(clinker: 1m) });
        using var putPlant = await machine.SendAsync(HttpMethod.Put, $"api/plants/{id}",
            new { name = "Renamed by a key", version = plant.GetProperty("version").GetInt32() });

        Assert.Equal(["NR-01", "NR-02"], DemoPlatformFixture.Codes(await machine.GetJsonAsync("api/plants"), "code"));
        Assert.Equal(HttpStatusCode.Forbidden, putMonth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, putPlant.StatusCode);
        Assert.Equal(before.GetRawText(), (await admin.GetJsonAsync(month)).GetRawText());
        Assert.Equal(plant.GetProperty("name").GetString(), (await admin.GetJsonAsync($"api/plants/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task CompanyAdminKey_PutPlant_WorksWithoutCookieOrAntiforgeryAndIsAuditedAsTheKey()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("company-admin", "company", fixture.CompanyIds["Northridge Cement"]));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
        var id = fixture.PlantIds["NR-02"];
        var plant = await machine.GetJsonAsync($"api/plants/{id}");

        using var put = await machine.SendAsync(HttpMethod.Put, $"api/plants/{id}",
            new { name = plant.GetProperty("name").GetString() + " (renamed)", version = plant.GetProperty("version").GetInt32() });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await using var db = fixture.Database.CreateContext();
        var entry = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == "Plant" && e.PlantId == id).OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal("api-key", entry.ActorKind);
        Assert.Equal(keyId, entry.ActorId);
    }

    [Fact]
    public async Task Key_Created_SecretStoredNowhereAndNeverListed()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-02"]));
        // The secret follows the 16-digit id; it may itself contain '_', so cut at the fixed offset.
        var secret = token[("calc_".Length + 16 + 1)..];

        var list = await admin.GetJsonAsync("api/api-keys");
        await using var db = fixture.Database.CreateContext();
        var row = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.KeyId == keyId);
        var audit = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == "ApiKey").Select(e => e.After ?? "").ToListAsync();

        Assert.Equal(43, secret.Length);
        Assert.Equal(32, row.SecretHash.Length);
        Assert.DoesNotContain(secret, Encoding.Latin1.GetString(row.SecretHash), StringComparison.Ordinal);
        Assert.DoesNotContain(list.EnumerateArray(), k => k.TryGetProperty("token", out _) || k.TryGetProperty("secretHash", out _));
        Assert.Contains(list.EnumerateArray(), k => k.GetProperty("id").GetString() == keyId);
        Assert.DoesNotContain(secret, list.GetRawText(), StringComparison.Ordinal);
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.DoesNotContain("SecretHash", a, StringComparison.Ordinal));
        // Not in any table, index or log page: the database files do not hold the secret's bytes.
        Assert.False(DatabaseFilesContain(Encoding.ASCII.GetBytes(secret)));
        Assert.True(DatabaseFilesContain(Encoding.ASCII.GetBytes(keyId)));
    }

    [Fact]
    public async Task Key_Used_LastUsedIsRecorded()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"]));
        var unused = (await admin.GetJsonAsync("api/api-keys")).EnumerateArray().Single(k => k.GetProperty("id").GetString() == keyId);

        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
        await machine.GetJsonAsync("api/plants");
        var used = (await admin.GetJsonAsync("api/api-keys")).EnumerateArray().Single(k => k.GetProperty("id").GetString() == keyId);

        Assert.Equal(JsonValueKind.Null, unused.GetProperty("lastUsedAt").ValueKind);
        Assert.InRange(used.GetProperty("lastUsedAt").GetDateTime(), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Key_Revoked_Answers401AndRevocationIsAudited()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"]));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);

        using var before = await machine.GetAsync("api/plants");
        using var revoke = await admin.SendAsync(HttpMethod.Delete, $"api/api-keys/{keyId}");
        using var after = await machine.GetAsync("api/plants");
        using var again = await admin.SendAsync(HttpMethod.Delete, $"api/api-keys/{keyId}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.True((await admin.GetJsonAsync("api/api-keys")).EnumerateArray().Single(k => k.GetProperty("id").GetString() == keyId).GetProperty("revoked").GetBoolean());
        await using var db = fixture.Database.CreateContext();
        var entries = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == "ApiKey").ToListAsync();
        var id = (await db.ApiKeys.AsNoTracking().SingleAsync(k => k.KeyId == keyId)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["create", "update"], entries.Where(e => e.EntityKey.Contains(id, StringComparison.Ordinal)).OrderBy(e => e.Sequence).Select(e => e.Action));
        Assert.All(entries.Where(e => e.EntityKey.Contains(id, StringComparison.Ordinal)), e => Assert.Equal("user", e.ActorKind));
    }

    [Fact]
    public async Task Key_Expired_Answers401()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin,
            ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"], expiresAt: DateTimeOffset.UtcNow.AddHours(1)));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
        using var before = await machine.GetAsync("api/plants");

        await using (var db = fixture.Database.CreateContext())
        {
            var key = await db.ApiKeys.SingleAsync(k => k.KeyId == keyId);
            key.ExpiresUtc = DateTime.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        using var after = await machine.GetAsync("api/plants");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Key_WrongSecretOrUnknownId_SameProblem401()
    {
        using var admin = await fixture.SignedInAsync("company-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"]));
        var last = token[^1] == 'A' ? 'B' : 'A';
        var wrongSecret = token[..^1] + last;
        var unknownId = token.Replace(keyId, keyId == "0123456789abcdef" ? "fedcba9876543210" : "0123456789abcdef", StringComparison.Ordinal);

        var answers = new List<(HttpStatusCode, string?, string?)>();
        foreach (var presented in new[] { wrongSecret, unknownId })
        {
            using var machine = new PlatformClient(fixture.Platform.BaseAddress, presented);
            using var response = await machine.GetAsync("api/plants");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            answers.Add((response.StatusCode, problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, answers[0].Item1);
        Assert.Equal(answers[0], answers[1]);
    }

    public static TheoryData<string> HostileAuthorizations() =>
    [
        "",
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNzd29yZA==",
        "Bearer calc_",
        "Bearer calc_0123456789abcdef",
        "Bearer calc_0123456789abcdef_",
        "Bearer calc__" + new string('A', 59),
        "Bearer CALC_0123456789abcdef_" + new string('A', 43),
        "Bearer calc_0123456789ABCDEF_" + new string('A', 43),
        "Bearer calc_0123456789abcdef_" + new string('=', 43),
        "Bearer calc_0123456789abcdef_" + new string('A', 42) + "ü",
        "Bearer calc_ключ_секрет",
        "Bearer calc_0123456789abcdef_" + new string('A', 8000),
        "Bearer  calc_0123456789abcdef_" + new string('A', 43),
        "Bearer calc_0123456789abcdef_" + new string('A', 43),
    ];

    [Theory]
    [MemberData(nameof(HostileAuthorizations))]
    public async Task Key_MalformedOrHostileHeader_Answers401NeverMore(string authorization)
    {
        var (status, body) = await ApiKeyCalls.RawAuthorizationAsync(fixture.Platform.BaseAddress, "api/plants", authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.DoesNotContain("NR-01", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_OnAPage_IsNoSession()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var (_, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("platform-admin", "platform"));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);

        using var api = await machine.GetAsync($"api/plants/{fixture.PlantIds["NR-01"]}");
        using var page = await machine.GetAsync($"plants/{fixture.PlantIds["NR-01"]}");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/login", page.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_ManagingKeys_Answers403()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var (keyId, token) = await ApiKeyCalls.IssueAsync(admin, ApiKeyCalls.Body("platform-admin", "platform"));
        using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);

        var create = await ApiKeyCalls.CreateAsync(machine, ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"]));
        using var list = await machine.GetAsync("api/api-keys");
        using var revoke = await machine.SendAsync(HttpMethod.Delete, $"api/api-keys/{keyId}");

        Assert.Equal(HttpStatusCode.Forbidden, create.Status);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, revoke.StatusCode);
        using var stillWorks = await machine.GetAsync("api/plants");
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task KeyList_EachCaller_ShowsOwnKeysAndKeysOverWhatTheyAdminister()
    {
        using var platform = await fixture.SignedInAsync("platform-admin");
        var (nr02, _) = await ApiKeyCalls.IssueAsync(platform, ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-02"]));
        var (lakeshore, _) = await ApiKeyCalls.IssueAsync(platform, ApiKeyCalls.Body("viewer", "company", fixture.CompanyIds["Lakeshore Building Materials"]));
        using var company = await fixture.SignedInAsync("company-admin");
        using var editor = await fixture.SignedInAsync("plant-editor");
        using var viewer = await fixture.SignedInAsync("viewer");

        var companyList = Ids(await company.GetJsonAsync("api/api-keys"));
        var platformList = Ids(await platform.GetJsonAsync("api/api-keys"));
        var editorList = Ids(await editor.GetJsonAsync("api/api-keys"));
        using var viewerRevoke = await viewer.SendAsync(HttpMethod.Delete, $"api/api-keys/{nr02}");
        using var editorRevoke = await editor.SendAsync(HttpMethod.Delete, $"api/api-keys/{nr02}");
        using var companyRevokeOther = await company.SendAsync(HttpMethod.Delete, $"api/api-keys/{lakeshore}");
        using var companyRevoke = await company.SendAsync(HttpMethod.Delete, $"api/api-keys/{nr02}");

        Assert.Contains(nr02, companyList);
        Assert.DoesNotContain(lakeshore, companyList);
        Assert.Contains(nr02, platformList);
        Assert.Contains(lakeshore, platformList);
        Assert.Empty(editorList);
        Assert.Equal(HttpStatusCode.NotFound, viewerRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, editorRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, companyRevokeOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, companyRevoke.StatusCode);
    }

    [Fact]
    public async Task Key_CreatorLosesAdministration_KeySeesNothing()
    {
        var grantId = await AddGrantAsync("verifier", PlatformRoles.CompanyAdmin, AssignmentScope.Company, fixture.CompanyIds["Lakeshore Building Materials"]);
        try
        {
            using var creator = await fixture.SignedInAsync("verifier");
            var (_, token) = await ApiKeyCalls.IssueAsync(creator, ApiKeyCalls.Body("viewer", "company", fixture.CompanyIds["Lakeshore Building Materials"]));
            using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
            var whileAdmin = DemoPlatformFixture.Codes(await machine.GetJsonAsync("api/plants"), "code");

            await RemoveGrantAsync(grantId);
            var afterwards = await machine.GetJsonAsync("api/plants");
            using var plant = await machine.GetAsync($"api/plants/{fixture.PlantIds["LS-01"]}");

            Assert.Equal(["LS-01"], whileAdmin);
            Assert.Equal(0, afterwards.GetArrayLength());
            Assert.Equal(HttpStatusCode.NotFound, plant.StatusCode);
        }
        finally
        {
            await RemoveGrantAsync(grantId);
        }
    }

    [Fact]
    public async Task Key_CreatorDemotedButStillAdministers_KeyLosesWhatTheCreatorLost()
    {
        // A platform admin issues a verifier key, then becomes a mere company admin of that company:
        // still administering the scope, but no longer allowed to verify, so neither is the key.
        var platformGrant = await AddGrantAsync("regulator", PlatformRoles.PlatformAdmin, AssignmentScope.Platform, null);
        int? companyGrant = null;
        try
        {
            using var creator = await fixture.SignedInAsync("regulator");
            var (_, token) = await ApiKeyCalls.IssueAsync(creator, ApiKeyCalls.Body("verifier", "company", fixture.CompanyIds["Northridge Cement"]));
            using var machine = new PlatformClient(fixture.Platform.BaseAddress, token);
            var findings = $"api/plants/{fixture.PlantIds["NR-01"]}/years/{DataEndpoints.OpenYear}/findings";
            // An empty finding: a caller allowed to verify gets a validation error, anyone else 403.
            using var asPlatformAdmin = await machine.SendAsync(HttpMethod.Post, findings, new { });

            companyGrant = await AddGrantAsync("regulator", PlatformRoles.CompanyAdmin, AssignmentScope.Company, fixture.CompanyIds["Northridge Cement"]);
            await RemoveGrantAsync(platformGrant);
            using var asCompanyAdmin = await machine.SendAsync(HttpMethod.Post, findings, new { });
            var plants = DemoPlatformFixture.Codes(await machine.GetJsonAsync("api/plants"), "code");

            Assert.Equal(HttpStatusCode.BadRequest, asPlatformAdmin.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, asCompanyAdmin.StatusCode);
            Assert.Equal(["NR-01", "NR-02"], plants);
        }
        finally
        {
            await RemoveGrantAsync(platformGrant);
            if (companyGrant is { } id)
            {
                await RemoveGrantAsync(id);
            }
        }
    }

    private async Task<int> AddGrantAsync(string demoRole, string role, AssignmentScope scope, int? scopeId)
    {
        await using var db = fixture.Database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == DemoTenancy.Roles[demoRole].Email);
        var grant = new RoleAssignmentEntity { UserId = user.Id, Role = role, Scope = scope, ScopeId = scopeId };
        db.RoleAssignments.Add(grant);
        await db.SaveChangesAsync();
        return grant.Id;
    }

    private async Task RemoveGrantAsync(int id)
    {
        await using var db = fixture.Database.CreateContext();
        if (await db.RoleAssignments.FindAsync(id) is { } grant)
        {
            db.RoleAssignments.Remove(grant);
            await db.SaveChangesAsync();
        }
    }

    private object TargetBody(string target, string name) => target switch
    {
        "viewer of NR-01" => ApiKeyCalls.Body("viewer", "plant", fixture.PlantIds["NR-01"], name: name),
        "plant-editor of NR-01" => ApiKeyCalls.Body("plant-editor", "plant", fixture.PlantIds["NR-01"], name: name),
        "company-admin of Northridge" => ApiKeyCalls.Body("company-admin", "company", fixture.CompanyIds["Northridge Cement"], name: name),
        "viewer of Lakeshore" => ApiKeyCalls.Body("viewer", "company", fixture.CompanyIds["Lakeshore Building Materials"], name: name),
        "verifier of Northridge 2025" => ApiKeyCalls.Body("verifier", "company", fixture.CompanyIds["Northridge Cement"], year: 2025, name: name),
        _ => ApiKeyCalls.Body("platform-admin", "platform", name: name),
    };

    private static List<string> Ids(JsonElement list) => [.. list.EnumerateArray().Select(k => k.GetProperty("id").GetString()!)];

    /// <summary>Searches the SQLite database file and its write-ahead log for raw bytes.</summary>
    private bool DatabaseFilesContain(byte[] needle)
    {
        var path = fixture.Database.Options.ConnectionString.Split(';')
            .Select(p => p.Split('=', 2)).Single(p => p[0].Trim() == "Data Source")[1];
        return new[] { path, path + "-wal" }.Where(File.Exists)
            .Any(f => ReadShared(f).AsSpan().IndexOf(needle) >= 0);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
