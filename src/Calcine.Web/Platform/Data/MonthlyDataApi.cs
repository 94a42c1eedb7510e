using System.Globalization;
using System.Text;
using System.Text.Json;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Factors;
using Calcine.Application.Files;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Calcine.Web.Platform.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

public sealed record MonthWarning(string Id, string Path, decimal Value, string ExpectedRange, string Why);

public sealed record MonthView(int PlantId, int Year, int Month, string YearStatus, int Version, JsonElement Data, IReadOnlyList<MonthWarning> Warnings);

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

    public static async Task<Results<Ok<MonthView>, ProblemHttpResult>> GetAsync(int id, int year, int month, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year) || month is < 1 or > 12)
        {
            return PlantYearAnswers.BadYear();
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        var stored = entity?.Months.SingleOrDefault(m => m.Month == month);
        var data = stored is null ? new MonthlyActivity() : MonthlyActivityJson.Parse(stored.Json);
        return TypedResults.Ok(await ViewAsync(db, id, year, month, entity?.Status ?? PlantYearStatus.Draft, stored?.Version ?? 0, data, ct));
    }

    /// <summary>Body: <c>{"version": N, "data": {monthly-activity/1}}</c>. Version is the one the
    /// editor read (0 for a month never saved); a stale one answers 409 and saves nothing.</summary>
    public static async Task<Results<Ok<MonthView>, ValidationProblem, ProblemHttpResult>> PutAsync(
        int id, int year, int month, HttpRequest request, CalcineDbContext db, TimeProvider clock, CancellationToken ct)
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
        var outcome = await ActivityWrites.SaveMonthAsync(db, id, year, month, version, data, request.HttpContext.User.Identity?.Name, clock, ct);
        return outcome.Status switch
        {
            WriteStatus.NotEditable => PlantYearAnswers.NotEditable(outcome.YearStatus),
            WriteStatus.Stale => PlantYearAnswers.Stale("month", outcome.Version),
            _ => TypedResults.Ok(await ViewAsync(db, id, year, month, outcome.YearStatus, outcome.Version, data, ct)),
        };
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

    private static async Task<MonthView> ViewAsync(CalcineDbContext db, int id, int year, int month, string status, int version, MonthlyActivity data, CancellationToken ct)
    {
        var profile = await PlantYearStore.ProfileAsync(db, id, ct);
        return new MonthView(id, year, month, status, version, MonthlyActivityJson.Element(data), Warnings(profile, year, data));
    }

    /// <summary>Plausibility of the month on its own (ratios per tonne hold for a month as for a year),
    /// shown where the data is entered.</summary>
    public static IReadOnlyList<MonthWarning> Warnings(PlantProfile profile, int year, MonthlyActivity data)
    {
        if (data.Clinker.Produced == 0 && data.Fuels.Count == 0)
        {
            return [];
        }

        var document = PlantYearReader.Read(PlantYearAssembler.Assemble(profile, year, [data], FactorLibraryLoader.Default));
        return document.Success
            ? [.. PlausibilityChecker.Check([document.Value]).Select(w => new MonthWarning(w.Id, w.Path, w.Value, w.ExpectedRange, w.Why))]
            : [.. document.Errors.Select(e => new MonthWarning("month-alone-invalid", e.Path, 0, "", e.Message + " (for this month on its own)"))];
    }

    /// <summary>Every quantity of every month, one per line (long format: nothing is lost).</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(int id, int year, CalcineDbContext db, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => (m.Month, MonthlyActivityJson.Parse(m.Json)));
        return TypedResults.File(MonthlyActivityCsv.Write(months), CsvFile.ContentType, $"plant-{id}-{year.ToString(CultureInfo.InvariantCulture)}-months.csv");
    }
}
