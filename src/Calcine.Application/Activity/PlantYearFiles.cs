using System.Globalization;
using System.Text;
using Calcine.Application.Activity.Workbook;
using Calcine.Application.Co2.Document;
using Calcine.Application.Files;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Activity;

/// <summary>A whole year's file and the year's version and source it was written at.</summary>
public sealed record YearFile(DataFile File, int Version, string Source);

public sealed record WorkbookImported(int PlantId, int Year, int Version, IReadOnlyList<int> Months);

public sealed record DocumentImported(int PlantId, int Year, int Version, string Source);

/// <summary>The whole-year files: the plant-year/1 contract document (the imported one, or the
/// months aggregated) and the activity workbook, exported at the year's version and imported
/// all-or-nothing against the version they were read at. Access is checked at the edge.</summary>
public sealed class PlantYearFiles(CalcineDbContext db, TimeProvider clock)
{
    public Task<Outcome<YearFile>> DocumentAsync(int id, int year, CancellationToken ct) =>
        ExportAsync(id, year, async entity => new DataFile(await PlantYearStore.DocumentAsync(db, id, year, entity, ct), "application/json",
            $"plant-{id}-{Text(year)}.json"), ct);

    public Task<Outcome<YearFile>> WorkbookAsync(int id, int year, CancellationToken ct) =>
        ExportAsync(id, year, entity =>
        {
            var months = (entity?.Months ?? []).OrderBy(m => m.Month).Select(m => (m.Month, MonthlyActivityJson.Parse(m.Json))).ToList();
            return Task.FromResult(new DataFile(WorkbookWriter.Write(months), XlsxWorkbook.ContentType, $"plant-{id}-{Text(year)}-activity.xlsx"));
        }, ct);

    /// <summary>The document must be valid as a whole and be about this plant's year, else nothing changes.</summary>
    public async Task<Outcome<DocumentImported>> ImportDocumentAsync(int id, int year, int version, byte[] body, CancellationToken ct)
    {
        var read = PlantYearReader.Read(body);
        if (!read.Success)
        {
            return Outcome<DocumentImported>.Invalid(read.Errors, "The document is invalid; nothing was imported");
        }

        var profile = await PlantYearStore.ProfileAsync(db, id, ct);
        var mismatch = new List<ValidationError>();
        if (read.Value.Year != year)
        {
            mismatch.Add(new("$.year", $"is {read.Value.Year}, but this is the {year} year"));
        }

        if (read.Value.Plant.Id != profile.Code)
        {
            mismatch.Add(new("$.plant.id", $"is '{PlantIdText(read.Value.Plant.Id)}', but this plant is '{profile.Code}'"));
        }

        if (mismatch.Count > 0)
        {
            return Outcome<DocumentImported>.Invalid(mismatch, "The document is about another plant or year; nothing was imported");
        }

        var entity = await PlantYearStore.FindOrCreateAsync(db, id, year, clock, ct);
        if (!PlantYearStatus.IsEditable(entity.Status))
        {
            return ActivityRefusals.NotEditable<DocumentImported>(entity.Status);
        }

        var current = entity.Id == 0 ? 0 : entity.Version;
        if (current != version)
        {
            return ActivityRefusals.Stale<DocumentImported>("reporting year", current);
        }

        PlantYearStore.Touch(db, entity, clock.GetUtcNow());
        entity.Source = PlantYearSources.Document;
        entity.DocumentJson = Encoding.UTF8.GetString(body);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A racing edit saved first (the version in the WHERE clause, or the unique year index).
            return ActivityRefusals.Stale<DocumentImported>("reporting year", await PlantYearStore.CurrentVersionAsync(db, id, year, ct));
        }

        return Outcome<DocumentImported>.Ok(new(id, year, entity.Version, entity.Source));
    }

    /// <summary>The months on the workbook's Production sheet replace those saved, or nothing changes;
    /// <paramref name="user"/> is the name kept as the months' last editor.</summary>
    public async Task<Outcome<WorkbookImported>> ImportWorkbookAsync(int id, int year, int version, byte[] body, string? user, CancellationToken ct)
    {
        var (write, months) = await ImportWorkbookWriteAsync(id, year, version, body, user, ct);
        return write.Status == WriteStatus.Saved
            ? Outcome<WorkbookImported>.Ok(new(id, year, write.Version, months))
            : ActivityRefusals.Of<WorkbookImported>(write, "reporting year", "The workbook has errors; nothing was imported");
    }

    /// <summary>The page's import: the write's own outcome (the page words each refusal itself).</summary>
    public Task<(WriteOutcome Outcome, IReadOnlyList<int> Months)> ImportWorkbookWriteAsync(int id, int year, int version, byte[] body, string? user, CancellationToken ct) =>
        ActivityWrites.ImportWorkbookAsync(db, id, year, version, body, user, clock, ct);

    /// <summary>What every export starts with, written once: a valid year, loaded with its version.</summary>
    private async Task<Outcome<YearFile>> ExportAsync(int id, int year, Func<PlantYearEntity?, Task<DataFile>> write, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return ActivityRefusals.BadYear<YearFile>();
        }

        var entity = await PlantYearStore.FindAsync(db, id, year, ct);
        return Outcome<YearFile>.Ok(new(await write(entity), entity?.Version ?? 0, entity?.Source ?? PlantYearSources.Months));
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string PlantIdText(string id) => id.Length > 100 ? id[..100] : id;
}
