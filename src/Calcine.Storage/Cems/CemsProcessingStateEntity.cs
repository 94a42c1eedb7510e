namespace Calcine.Storage.Cems;

/// <summary>How far processing has read cems_frames: frames are committed by one writer in id
/// order, so every frame with a larger id is new (a late or resent packet included).</summary>
public sealed class CemsProcessingStateEntity
{
    public int Id { get; set; }
    public long LastFrameId { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
