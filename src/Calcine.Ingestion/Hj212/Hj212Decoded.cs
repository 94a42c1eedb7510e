namespace Calcine.Ingestion.Hj212;

/// <summary>The outcome of decoding one data segment: a packet, or the reason there is none.
/// Bad input is an answer here, never an exception.</summary>
public readonly struct Hj212Decoded
{
    private Hj212Decoded(Hj212Packet? packet, Hj212FrameError error, string? detail)
    {
        Packet = packet;
        Error = error;
        Detail = detail;
    }

    public Hj212Packet? Packet { get; }
    public Hj212FrameError Error { get; }
    public string? Detail { get; }
    public bool IsSuccess => Packet is not null;

    public static Hj212Decoded Ok(Hj212Packet packet) => new(packet, Hj212FrameError.None, null);

    public static Hj212Decoded Fail(Hj212FrameError error, string detail) => new(null, error, detail);
}
