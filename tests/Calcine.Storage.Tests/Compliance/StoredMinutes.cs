using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;

namespace Calcine.Storage.Tests.Compliance;

/// <summary>A stack on a real database and minute rows written the way processing writes them.</summary>
internal static class StoredMinutes
{
    public static async Task<int> CreateStackAsync(TestDatabase db, string rules = "cn-ule-2024-kiln", string? limitsJson = null)
    {
        await using var context = db.CreateContext();
        var stack = new StackEntity { Code = $"K-{Guid.NewGuid():N}"[..20], Name = "Kiln tail", ComplianceRules = rules, ComplianceLimitsJson = limitsJson };
        foreach (var p in new[] { "pm", "so2", "nox" })
        {
            stack.Channels.Add(new StackChannelEntity { Pollutant = p, Unit = "mg/m3", Basis = "dry", ReferenceO2Percent = 10 });
        }

        context.Stacks.Add(stack);
        await context.SaveChangesAsync();
        return stack.Id;
    }

    /// <summary>Each CSV record as a stored minute: O2 and every pollutant channel with the record's flag.</summary>
    /// <param name="extra">A further reading for every minute (a channel the CSV does not have).</param>
    public static async Task StoreAsync(TestDatabase db, int stackId, MinuteSeries series, MinuteReading? extra = null)
    {
        var rows = new List<CemsMinuteEntity>(series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            var flag = series.Flags[i];
            var readings = new List<MinuteReading> { new(MinuteChannel.O2, flag, series.O2DryPercent[i]) };
            for (var c = 0; c < series.Channels.Count; c++)
            {
                readings.Add(new MinuteReading(MinuteChannels.Of(series.Channels[c].Pollutant), flag, series.Values(c)[i]));
            }

            if (extra is { } e)
            {
                readings.Add(e);
            }

            rows.Add(Row(stackId, series.Timestamps[i].UtcDateTime, [.. readings]));
        }

        await StoreAsync(db, rows);
    }

    public static CemsMinuteEntity Row(int stackId, DateTime utc, params MinuteReading[] readings) => new()
    {
        StackId = stackId,
        MinuteUtc = DateTime.SpecifyKind(utc, DateTimeKind.Utc),
        SourceCn = 2051,
        Data = MinuteRecordCodec.Encode(readings),
    };

    public static async Task StoreAsync(TestDatabase db, IEnumerable<CemsMinuteEntity> rows)
    {
        foreach (var chunk in rows.Chunk(5000))
        {
            await using var context = db.CreateContext();
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            context.CemsMinutes.AddRange(chunk);
            await context.SaveChangesAsync();
        }
    }
}
