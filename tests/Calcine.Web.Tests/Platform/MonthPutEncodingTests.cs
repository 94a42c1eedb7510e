using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Calcine.Web.Tests.Platform;

/// <summary>A month PUT whose body is not UTF-8 is a client error naming the offending byte, not a 500.</summary>
public abstract class MonthPutEncodingTests(DemoPlatformFixture fixture)
{
    [Fact]
    public async Task MonthPut_InvalidUtf8InAString_Answers400NamingTheByteOffset()
    {
        using var editor = await fixture.SignedInAsync("company-admin");
        var path = $"api/plants/{fixture.PlantIds["NR-02"]}/years/{DataEndpoints.OpenYear}/months/3";
        var before = (await editor.GetJsonAsync(path)).GetProperty("version").GetInt32();
        var month = JsonSerializer.Serialize(new { version = before, data = DataEndpoints.Month() }, JsonSerializerOptions.Web);
        // A lead byte (0xC3) followed by '(', not a continuation byte: invalid inside a string value.
        var at = month.IndexOf("monthly-activity/1", StringComparison.Ordinal);
        var body = Encoding.UTF8.GetBytes(month[..at]).Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(month[at..])).ToArray();

        using var response = await editor.SendRawAsync(HttpMethod.Put, path, body, "application/json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = (await editor.GetJsonAsync(path)).GetProperty("version").GetInt32();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"byte {Encoding.UTF8.GetByteCount(month[..at])} ", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(before, after);
    }
}

/// <summary>MonthPutEncodingTests on SQLite.</summary>
public sealed class MonthPutEncodingTestsOnSqlite(DemoPlatformFixture fixture) : MonthPutEncodingTests(fixture), IClassFixture<DemoPlatformFixture>;

/// <summary>MonthPutEncodingTests on PostgreSQL.</summary>
public sealed class MonthPutEncodingTestsOnPostgres(PostgresDemoPlatformFixture fixture) : MonthPutEncodingTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;
