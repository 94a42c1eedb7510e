using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Calcine.TestKit.Databases;
using Calcine.Web.Tests.Platform;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Web.Tests.Hosting;

/// <summary>The production start of docs/operations.md: migrate with the CLI, create the first
/// administrator with the CLI, start the host without demo data, sign in and set up a tenant.</summary>
public sealed class ProductionFirstStartTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task FirstStart_MigrateCreateAdminStart_AdminSignsInAndCreatesACompany(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] target = ["--provider", provider, "--connection", database.Options.ConnectionString];
        Assert.Equal(0, CliRun.Run(["db", "migrate", .. target]).ExitCode);
        var created = CliRun.Run(["admin", "create", "--email", "first.admin@plant.example", .. target]);
        Assert.True(created.ExitCode == 0, created.StandardError);
        var password = Regex.Match(created.StandardOutput, @"password \(shown once[^)]*\): (\S+)").Groups[1].Value;

        // Neither migration nor demo on start: what an operator's production environment sets.
        var settings = new Dictionary<string, string> { ["Storage:MigrateOnStart"] = "false", ["Demo:Seed"] = "false" };
        await using var platform = await InProcessPlatform.StartAsync(database.Options, settings);
        using var client = await new PlatformClient(platform.BaseAddress).SignedInAsync("first.admin@plant.example", password);
        using var association = await client.SendAsync(HttpMethod.Post, "api/admin/associations", new { name = "Operators' Association" });
        Assert.Equal(HttpStatusCode.Created, association.StatusCode);
        var associationId = (await association.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        using var company = await client.SendAsync(HttpMethod.Post, "api/admin/companies", new { name = "First Cement", associationId });

        Assert.Equal(HttpStatusCode.Created, company.StatusCode);
        await using var db = database.CreateContext();
        Assert.Equal(["First Cement"], await db.Companies.Select(c => c.Name).ToListAsync());
        Assert.Equal(1, await db.Users.CountAsync());
    }
}
