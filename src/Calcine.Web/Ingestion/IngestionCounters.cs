using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Calcine.Storage.Cems;

namespace Calcine.Web.Ingestion;

/// <summary>What the listener did, for operators: frames accepted and stored, duplicates,
/// rejections by reason, connections. Exposed as .NET metrics (meter "Calcine.Ingestion") and
/// as a snapshot for the status endpoint.</summary>
public sealed class IngestionCounters : IDisposable
{
    public const string MeterName = "Calcine.Ingestion";

    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> framesReceived;
    private readonly Counter<long> framesStored;
    private readonly Counter<long> rejected;
    private readonly ConcurrentDictionary<string, long> rejections = new();
    private readonly ConcurrentDictionary<string, long> flagged = new();
    private long received, stored, duplicates, connections, acks, refusals;

    public IngestionCounters()
    {
        framesReceived = meter.CreateCounter<long>("calcine.ingestion.frames.received");
        framesStored = meter.CreateCounter<long>("calcine.ingestion.frames.stored");
        rejected = meter.CreateCounter<long>("calcine.ingestion.frames.rejected");
    }

    public void Received()
    {
        Interlocked.Increment(ref received);
        framesReceived.Add(1);
    }

    public void Rejected(string reason)
    {
        rejections.AddOrUpdate(reason, 1, (_, n) => n + 1);
        rejected.Add(1, new KeyValuePair<string, object?>("reason", reason));
    }

    /// <summary>A packet stored but marked for processing to leave out (e.g. DataTime outside the window).</summary>
    public void Flagged(string reason) => flagged.AddOrUpdate(reason, 1, (_, n) => n + 1);

    public void Acknowledged() => Interlocked.Increment(ref acks);

    /// <summary>A 9011 refusal (QnRtn) written to the device.</summary>
    public void RefusalAnswered() => Interlocked.Increment(ref refusals);

    public void Connected() => Interlocked.Increment(ref connections);

    public void Disconnected() => Interlocked.Decrement(ref connections);

    public void Committed(FrameWriteOutcome[] outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o == FrameWriteOutcome.Stored)
            {
                Interlocked.Increment(ref stored);
                framesStored.Add(1);
            }
            else
            {
                Interlocked.Increment(ref duplicates);
            }
        }
    }

    public IngestionSnapshot Snapshot(int queueDepth) => new(
        Interlocked.Read(ref received), Interlocked.Read(ref stored), Interlocked.Read(ref duplicates), Interlocked.Read(ref acks),
        Interlocked.Read(ref connections), queueDepth, new SortedDictionary<string, long>(rejections))
    {
        RefusalsAnswered = Interlocked.Read(ref refusals),
        FlaggedByReason = new SortedDictionary<string, long>(flagged),
    };

    public void Dispose() => meter.Dispose();
}

/// <summary>Acknowledged counts 9014 answers written; RefusalsAnswered counts 9011 refusals written.
/// FlaggedByReason counts packets stored and answered but left out of the derived minutes.</summary>
public sealed record IngestionSnapshot(long FramesReceived, long FramesStored, long Duplicates, long Acknowledged, long OpenConnections, int QueueDepth, IReadOnlyDictionary<string, long> RejectionsByReason)
{
    public long RefusalsAnswered { get; init; }
    public IReadOnlyDictionary<string, long> FlaggedByReason { get; init; } = new SortedDictionary<string, long>();
}
