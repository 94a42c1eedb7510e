using Calcine.Application.Cems.Processing;

namespace Calcine.Web.Processing;

/// <summary>The last pass of CEMS processing, for operators and for tests that wait for derived values.</summary>
public sealed class ProcessingStatus
{
    private ProcessingOutcome last = ProcessingOutcome.Nothing(0);
    private long passes, framesRead, failures, framesOutsideWindow;

    public void Record(ProcessingOutcome outcome)
    {
        Volatile.Write(ref last, outcome);
        Interlocked.Increment(ref passes);
        Interlocked.Add(ref framesRead, outcome.FramesRead);
        Interlocked.Add(ref framesOutsideWindow, outcome.FramesOutsideWindow);
    }

    public void Failed() => Interlocked.Increment(ref failures);

    public object Snapshot()
    {
        var l = Volatile.Read(ref last);
        return new
        {
            passes = Interlocked.Read(ref passes),
            framesRead = Interlocked.Read(ref framesRead),
            failures = Interlocked.Read(ref failures),
            framesOutsideDataTimeWindow = Interlocked.Read(ref framesOutsideWindow),
            lastFrameId = l.LastFrameId,
            unconfiguredStacks = l.UnconfiguredStacks,
        };
    }
}
