using System.Globalization;
using System.Text.Json;
using Calcine.Application.Co2.Document;
using Calcine.Application.Co2.Factors;
using Calcine.Application.Files;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Storage;
using Calcine.Storage.Activity;

namespace Calcine.Application.Activity;

public sealed record MonthWarning(string Id, string Path, decimal Value, string ExpectedRange, string Why);

public sealed record MonthView(int PlantId, int Year, int Month, string YearStatus, int Version, JsonElement Data, IReadOnlyList<MonthWarning> Warnings);

/// <summary>A file a use case produced: its bytes, media type and download name.</summary>
public sealed record DataFile(byte[] Bytes, string ContentType, string Name);

/// <summary>Monthly activity data of a plant's reporting year: one month read and written as a
/// monthly-activity/1 document, with optimistic concurrency per month, and the months as CSV.
/// Access to the plant is checked at the edge (docs/adr/0008).</summary>
public sealed class MonthlyDataService(CalcineDbContext db, TimeProvider clock)
{
    public async Task<Outcome<MonthView>> GetAsync(int id, int year, int month, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year) || month is < 1 or > 12)
        {
            return ActivityRefusals.BadYear<MonthView>();
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        var stored = entity?.Months.SingleOrDefault(m => m.Month == month);
        var data = stored is null ? new MonthlyActivity() : MonthlyActivityJson.Parse(stored.Json);
        return Outcome<MonthView>.Ok(await ViewAsync(id, year, month, entity?.Status ?? PlantYearStatus.Draft, stored?.Version ?? 0, data, ct));
    }

    /// <summary>Saves the month read at <paramref name="version"/> (0 for a month never saved);
    /// <paramref name="user"/> is the name kept as the month's last editor.</summary>
    public async Task<Outcome<MonthView>> SaveAsync(int id, int year, int month, int version, MonthlyActivity data, string? user, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year) || month is < 1 or > 12)
        {
            return ActivityRefusals.BadYear<MonthView>();
        }

        var write = await ActivityWrites.SaveMonthAsync(db, id, year, month, version, data, user, clock, ct);
        return write.Status == WriteStatus.Saved
            ? Outcome<MonthView>.Ok(await ViewAsync(id, year, month, write.YearStatus, write.Version, data, ct))
            : ActivityRefusals.Of<MonthView>(write, "month");
    }

    /// <summary>The page's save: the write's own outcome (the page words each refusal itself).</summary>
    public Task<WriteOutcome> SaveMonthAsync(int id, int year, int month, int version, MonthlyActivity data, string? user, CancellationToken ct) =>
        ActivityWrites.SaveMonthAsync(db, id, year, month, version, data, user, clock, ct);

    /// <summary>Every quantity of every month, one per line (long format: nothing is lost).</summary>
    public async Task<Outcome<DataFile>> CsvAsync(int id, int year, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return ActivityRefusals.BadYear<DataFile>();
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => (m.Month, MonthlyActivityJson.Parse(m.Json)));
        return Outcome<DataFile>.Ok(new(MonthlyActivityCsv.Write(months), CsvFile.ContentType, $"plant-{id}-{year.ToString(CultureInfo.InvariantCulture)}-months.csv"));
    }

    /// <summary>The year as stored (with its months), or null before its first edit.</summary>
    public Task<PlantYearEntity?> FindYearAsync(int id, int year, CancellationToken ct) => PlantYearStore.FindAsync(db, id, year, ct);

    public Task<PlantProfile> ProfileAsync(int id, CancellationToken ct) => PlantYearStore.ProfileAsync(db, id, ct);

    private async Task<MonthView> ViewAsync(int id, int year, int month, string status, int version, MonthlyActivity data, CancellationToken ct)
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
}
