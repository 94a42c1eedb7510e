namespace Calcine.Storage.Cems;

/// <summary>A decoded, authenticated data packet waiting to be committed.</summary>
public sealed record IncomingFrame(int DeviceId, short Cn, DateTime DataTimeUtc, string? Qn, DateTime ReceivedUtc, string Cp, short Part = 0);

/// <summary>What the store did with each frame of a batch: a duplicate is not an error, it is a
/// packet already stored, and the device gets its acknowledgement all the same.</summary>
public enum FrameWriteOutcome { Stored, Duplicate }

/// <summary>Commits batches of frames durably: when WriteBatchAsync returns, every frame of the
/// batch is on disk (stored now or before), so the caller may acknowledge them.</summary>
public interface ICemsFrameStore
{
    Task<FrameWriteOutcome[]> WriteBatchAsync(IReadOnlyList<IncomingFrame> frames, CancellationToken cancellationToken);
}
