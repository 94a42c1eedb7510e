using Calcine.Domain.Cems;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Application.Cems.Processing;

/// <summary>Loads the stacks' channel configurations into domain objects. A stored row that does
/// not make a valid channel is an error the operator must fix, so it throws with the stack and field.</summary>
public static class StackConfigLoader
{
    public static async Task<Dictionary<int, StackProcessingConfig>> LoadAsync(CalcineDbContext db, IReadOnlyCollection<int> stackIds, CancellationToken cancellationToken)
    {
        var stacks = await db.Stacks.AsNoTracking().Where(s => stackIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Code, s.UtcOffsetMinutes, Channels = s.Channels.ToList() })
            .ToListAsync(cancellationToken);
        var configs = new Dictionary<int, StackProcessingConfig>();
        foreach (var s in stacks.Where(s => s.Channels.Count > 0))
        {
            // The flow channel declares only its unit; processing derives pollutant channels.
            var channels = s.Channels.Where(c => c.Pollutant != StackChannelNames.Flow).OrderBy(c => c.Pollutant, StringComparer.Ordinal).Select(c => ToDomain(s.Code, c)).ToList();
            configs[s.Id] = new StackProcessingConfig(s.Id, TimeSpan.FromMinutes(s.UtcOffsetMinutes), channels);
        }

        return configs;
    }

    public static ChannelConfig ToDomain(string stackCode, Storage.Cems.StackChannelEntity c)
    {
        var pollutant = Enum.GetValues<Pollutant>().FirstOrDefault(p => p.Key() == c.Pollutant, (Pollutant)(-1));
        if (!Enum.IsDefined(pollutant))
        {
            throw new InvalidOperationException($"Stack {stackCode}: channel pollutant '{c.Pollutant}' is not one of pm, so2, nox, nh3.");
        }

        var unit = c.Unit switch
        {
            "mg/m3" => ConcentrationUnit.MgPerM3,
            "ppm" => ConcentrationUnit.Ppm,
            _ => throw new InvalidOperationException($"Stack {stackCode}: channel {c.Pollutant} unit '{c.Unit}' is not mg/m3 or ppm."),
        };
        var basis = c.Basis switch
        {
            "dry" => MeasurementBasis.Dry,
            "wet" => MeasurementBasis.Wet,
            _ => throw new InvalidOperationException($"Stack {stackCode}: channel {c.Pollutant} basis '{c.Basis}' is not dry or wet."),
        };
        return new ChannelConfig(pollutant, unit, basis, c.ReferenceO2Percent);
    }
}
