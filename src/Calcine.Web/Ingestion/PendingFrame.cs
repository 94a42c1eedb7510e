using Calcine.Storage.Cems;

namespace Calcine.Web.Ingestion;

/// <summary>A frame waiting for its batch to commit; the session awaits <see cref="Committed"/>
/// before it acknowledges, so an ack always means "durably stored".</summary>
public sealed class PendingFrame(IncomingFrame frame)
{
    private readonly TaskCompletionSource<FrameWriteOutcome> committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IncomingFrame Frame { get; } = frame;
    public Task<FrameWriteOutcome> Committed => committed.Task;

    public void Complete(FrameWriteOutcome outcome) => committed.TrySetResult(outcome);
    public void Fail(Exception error) => committed.TrySetException(error);
}
