using System.Collections.Concurrent;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Results;

namespace Calcine.Web.Platform.Data;

/// <summary>What decides a plant-year's GCCA result: the year's data version and last change, and
/// the plant's version (its kilns feed the document). Any edit moves one of them on.</summary>
public readonly record struct PlantYearStamp(int YearVersion, DateTimeOffset YearUpdatedUtc, int PlantVersion);

/// <summary>The engine's GCCA answer for one plant-year: the result, or why the data does not yet
/// make a valid plant-year document.</summary>
public sealed record PlantYearGcca(GccaResult? Result, IReadOnlyList<ValidationError> Errors);

/// <summary>GCCA results per plant-year, each kept with the stamp it was computed from. A lookup
/// gives the result only for the stamp the caller has just read from the database, so an edit is
/// seen on the next request; nothing expires by time. One entry per plant-year at most.</summary>
public sealed class PlantYearResultCache
{
    private readonly ConcurrentDictionary<(int PlantId, int Year), (PlantYearStamp Stamp, PlantYearGcca Value)> entries = new();

    public bool TryGet(int plantId, int year, PlantYearStamp stamp, out PlantYearGcca value)
    {
        if (entries.TryGetValue((plantId, year), out var entry) && entry.Stamp == stamp)
        {
            value = entry.Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Stores a result under the stamp read before its data was loaded, so a result is
    /// never filed under a stamp newer than its data.</summary>
    public void Set(int plantId, int year, PlantYearStamp stamp, PlantYearGcca value) => entries[(plantId, year)] = (stamp, value);
}
