namespace Calcine.Application.Cems.Processing;

/// <summary>What this processor last derived each stack-minute from: every stored frame up to a
/// frame id, under a stack configuration. Frames are committed in id order by one writer, so a
/// frame at or below that id was already read; a minute whose frames in a pass all are has not
/// changed, and recomputing it (and its hour and day) would write the same rows again. Under a
/// steady load a minute's frames arrive over about six passes and are all stored before the first
/// of them reads the minute, so this saves the other five. Forgetting is always safe: a minute not
/// remembered is simply recomputed.</summary>
public sealed class DerivedMinuteMemory
{
    /// <summary>About 1.5 hours of 1,000 stacks; then minutes older than ten minutes before the newest are forgotten.</summary>
    private const int Capacity = 100_000;

    private readonly Dictionary<(int StackId, DateTime Minute), (long ReadUpTo, StackProcessingConfig Config)> minutes = [];

    public int Count => minutes.Count;

    /// <summary>True when the minute was derived from every frame up to at least <paramref name="newestFrameId"/>
    /// under the same configuration.</summary>
    public bool Covers((int StackId, DateTime Minute) key, long newestFrameId, StackProcessingConfig config) =>
        minutes.TryGetValue(key, out var known) && known.ReadUpTo >= newestFrameId && SameConfig(known.Config, config);

    /// <summary>True when the minute was derived from every frame up to at least <paramref name="frameId"/>,
    /// whatever the configuration: the pass's estimate of the minutes it must derive.</summary>
    public bool Read((int StackId, DateTime Minute) key, long frameId) =>
        minutes.TryGetValue(key, out var known) && known.ReadUpTo >= frameId;

    /// <summary>Call once the derived rows are committed: the minutes were derived from every frame up to <paramref name="readUpTo"/>.</summary>
    public void Remember(IEnumerable<(int StackId, DateTime Minute)> keys, IReadOnlyDictionary<int, StackProcessingConfig> configs, long readUpTo)
    {
        var newest = DateTime.MinValue;
        foreach (var key in keys)
        {
            minutes[key] = (readUpTo, configs[key.StackId]);
            newest = key.Minute > newest ? key.Minute : newest;
        }

        if (minutes.Count > Capacity)
        {
            var keep = newest.AddMinutes(-10);
            foreach (var old in minutes.Keys.Where(k => k.Minute < keep).ToList())
            {
                minutes.Remove(old);
            }
        }
    }

    public void Forget() => minutes.Clear();

    private static bool SameConfig(StackProcessingConfig a, StackProcessingConfig b) =>
        ReferenceEquals(a, b) || (a.StackId == b.StackId && a.UtcOffset == b.UtcOffset && a.Channels.SequenceEqual(b.Channels));
}
