using System.Text;
using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Results;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>Monthly activity data of a plant's reporting year: one month read and written as a
/// monthly-activity/1 document, with optimistic concurrency per month, and the months as CSV.</summary>
public static class MonthlyDataApi
{
    private const int MaxBodyBytes = MonthlyActivityReader.MaxDocumentBytes + 1024;

    public static void MapMonthlyDataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Monthly data");
        group.MapGet("/months/{month:int}", GetAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapPut("/months/{month:int}", PutAsync).RequireAccess(ResourceKind.Plant, AccessAction.Edit);
        group.MapGet("/months.csv", CsvAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
    }

    public static async Task<Results<Ok<MonthView>, ValidationProblem, ProblemHttpResult>> GetAsync(
        int id, int year, int month, MonthlyDataService months, CancellationToken ct) =>
        (await months.GetAsync(id, year, month, ct)).ToHttp();

    /// <summary>Body: <c>{"version": N, "data": {monthly-activity/1}}</c>. Version is the one the
    /// editor read (0 for a month never saved); a stale one answers 409 and saves nothing.</summary>
    public static async Task<Results<Ok<MonthView>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int month, HttpRequest request, MonthlyDataService months, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year) || month is < 1 or > 12)
        {
            return PlantYearAnswers.BadYear();
        }

        var body = await PlantYearAnswers.ReadBodyAsync(request, MaxBodyBytes, ct);
        if (body is null)
        {
            return PlantYearAnswers.TooLarge(MaxBodyBytes);
        }

        var parsed = ParseBody(body);
        if (!parsed.Success)
        {
            return PlantYearAnswers.Invalid(parsed.Errors);
        }

        var (version, data) = parsed.Value;
        return (await months.SaveAsync(id, year, month, version, data, request.HttpContext.User.Identity?.Name, ct)).ToHttp();
    }

    private static Result<(int Version, MonthlyActivity Data)> ParseBody(byte[] body)
    {
        if (Utf8Body.FirstInvalidByte(body) is { } offset)
        {
            return Result<(int, MonthlyActivity)>.Fail("$", Utf8Body.Describe(offset));
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return Result<(int, MonthlyActivity)>.Fail("$", $"not valid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            var errors = new List<ValidationError>();
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result<(int, MonthlyActivity)>.Fail("$", "expected an object {\"version\": N, \"data\": {...}}");
            }

            foreach (var p in root.EnumerateObject())
            {
                if (p.Name is not ("version" or "data"))
                {
                    errors.Add(new($"$.{p.Name}", "unknown field; the body has version and data"));
                }
            }

            var version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) && n >= 0 ? n : -1;
            if (version < 0)
            {
                errors.Add(new("$.version", "required: the version of the month you read (0 for a new month)"));
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new("$.data", "required: the month as a monthly-activity/1 object"));
                return Result<(int, MonthlyActivity)>.Fail(errors);
            }

            var month = MonthlyActivityReader.Read(Encoding.UTF8.GetBytes(data.GetRawText()), FactorLibraryLoader.Default);
            errors.AddRange(month.Errors.Select(e => e with { Path = "$.data" + e.Path[1..] }));
            return errors.Count == 0 ? Result<(int, MonthlyActivity)>.Ok((version, month.Value)) : Result<(int, MonthlyActivity)>.Fail(errors);
        }
    }

    /// <summary>Every quantity of every month, one per line (long format: nothing is lost).</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CsvAsync(
        int id, int year, MonthlyDataService months, CancellationToken ct) =>
        (await months.CsvAsync(id, year, ct)).ToHttp(f => TypedResults.File(f.Bytes, f.ContentType, f.Name));
}
