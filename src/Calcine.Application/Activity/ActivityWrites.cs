using Calcine.Application.Activity.Workbook;
using Calcine.Application.Co2.Factors;
using Calcine.Domain.Results;
using Calcine.Storage;
using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Activity;

public enum WriteStatus
{
    Saved,
    Invalid,
    NotEditable,
    Stale,
}

/// <summary>What a write did: the new version when saved, the current one when stale, the year's
/// status when it is closed, the errors (path and why) when the input is invalid.</summary>
public sealed record WriteOutcome(WriteStatus Status, int Version, string YearStatus, IReadOnlyList<ValidationError> Errors)
{
    public static WriteOutcome Invalid(IReadOnlyList<ValidationError> errors) => new(WriteStatus.Invalid, 0, "", errors);
}

/// <summary>The writes of a year's activity data, shared by the JSON API and the pages so both
/// follow the same rules: open years only, optimistic concurrency, all-or-nothing.</summary>
public static class ActivityWrites
{
    /// <summary>Saves one month read at <paramref name="version"/> (0 for a month never saved).</summary>
    public static async Task<WriteOutcome> SaveMonthAsync(CalcineDbContext db, int id, int year, int month, int version, MonthlyActivity data,
        string? user, TimeProvider clock, CancellationToken ct)
    {
        var entity = await PlantYearStore.FindOrCreateAsync(db, id, year, clock, ct);
        if (!PlantYearStatus.IsEditable(entity.Status))
        {
            return new(WriteStatus.NotEditable, 0, entity.Status, []);
        }

        var stored = entity.Months.SingleOrDefault(m => m.Month == month);
        if ((stored?.Version ?? 0) != version)
        {
            return new(WriteStatus.Stale, stored?.Version ?? 0, entity.Status, []);
        }

        var now = clock.GetUtcNow();
        if (stored is null)
        {
            stored = new MonthlyActivityEntity { Month = month, Json = MonthlyActivityJson.Write(data), UpdatedUtc = now };
            entity.Months.Add(stored);
        }
        else
        {
            db.Entry(stored).Property(m => m.Version).OriginalValue = version;
            stored.Version = version + 1;
            stored.Json = MonthlyActivityJson.Write(data);
            stored.UpdatedUtc = now;
        }

        stored.UpdatedBy = user;
        PlantYearStore.Touch(db, entity, now);
        entity.Source = PlantYearSources.Months;
        entity.UpdatedUtc = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A racing editor saved first (the version in the WHERE clause, or the unique month index).
            db.ChangeTracker.Clear();
            var current = await db.MonthlyActivity.AsNoTracking()
                .Where(m => m.Month == month && db.PlantYears.Any(y => y.Id == m.PlantYearId && y.PlantId == id && y.Year == year))
                .Select(m => m.Version).SingleOrDefaultAsync(ct);
            return new(WriteStatus.Stale, current, entity.Status, []);
        }

        return new(WriteStatus.Saved, stored.Version, entity.Status, []);
    }

    /// <summary>Imports a workbook downloaded at the year's <paramref name="version"/>: the months on its
    /// Production sheet replace the saved ones, or nothing changes.</summary>
    public static async Task<(WriteOutcome Outcome, IReadOnlyList<int> Months)> ImportWorkbookAsync(CalcineDbContext db, int id, int year, int version,
        byte[] upload, string? user, TimeProvider clock, CancellationToken ct)
    {
        var read = WorkbookReader.Read(upload, FactorLibraryLoader.Default);
        if (!read.Success)
        {
            return (WriteOutcome.Invalid(read.Errors), []);
        }

        var entity = await PlantYearStore.FindOrCreateAsync(db, id, year, clock, ct);
        if (!PlantYearStatus.IsEditable(entity.Status))
        {
            return (new(WriteStatus.NotEditable, 0, entity.Status, []), []);
        }

        var current = entity.Id == 0 ? 0 : entity.Version;
        if (current != version)
        {
            return (new(WriteStatus.Stale, current, entity.Status, []), []);
        }

        var now = clock.GetUtcNow();
        foreach (var (month, data) in read.Value)
        {
            var stored = entity.Months.SingleOrDefault(m => m.Month == month);
            if (stored is null)
            {
                entity.Months.Add(new MonthlyActivityEntity { Month = month, Json = MonthlyActivityJson.Write(data), UpdatedUtc = now, UpdatedBy = user });
            }
            else
            {
                stored.Version++;
                stored.Json = MonthlyActivityJson.Write(data);
                stored.UpdatedUtc = now;
                stored.UpdatedBy = user;
            }
        }

        PlantYearStore.Touch(db, entity, now);
        entity.Source = PlantYearSources.Months;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A racing edit saved first (the version in the WHERE clause, or the unique year index).
            return (new(WriteStatus.Stale, await PlantYearStore.CurrentVersionAsync(db, id, year, ct), entity.Status, []), []);
        }

        return (new(WriteStatus.Saved, entity.Version, entity.Status, []), [.. read.Value.Select(m => m.Month)]);
    }
}
