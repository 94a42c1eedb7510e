namespace Calcine.Application.Cems.Processing;

/// <summary>What one processing pass did.</summary>
public sealed record ProcessingOutcome(int FramesRead, int MinutesWritten, int HoursWritten, int DaysWritten, long LastFrameId, int UnconfiguredStacks)
{
    /// <summary>Frames read whose DataTime lies outside <see cref="DataTimeWindow"/>: stored, but no minute.</summary>
    public int FramesOutsideWindow { get; init; }

    public static ProcessingOutcome Nothing(long lastFrameId) => new(0, 0, 0, 0, lastFrameId, 0);
}
