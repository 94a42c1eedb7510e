namespace Calcine.Ingestion.Hj212;

/// <summary>One key of the CP data area with its value exactly as sent.</summary>
public readonly record struct Hj212Field(string Key, string Value);

/// <summary>The edition of the standard a frame claims through its Flag version bits.</summary>
public enum Hj212Version
{
    Hj212_2005 = 2005,
    Hj212_2017 = 2017,
    Hj212_2025 = 2025,
}

/// <summary>
/// A decoded data segment: the header fields as the strings sent, the Flag bits interpreted, and the
/// CP data area flattened in order (nested <c>key=&amp;&amp;…&amp;&amp;</c> areas become <c>key.inner</c>).
/// Values stay raw text: converting them (decimal, time at +08:00, units) is the reader's job.
/// </summary>
public sealed class Hj212Packet
{
    /// <summary>Request id, a millisecond stamp; null when absent (HJ/T 212-2005 style).</summary>
    public string? Qn { get; init; }

    public required string St { get; init; }
    public required string Cn { get; init; }
    public required string Pw { get; init; }
    public required string Mn { get; init; }

    /// <summary>The Flag bit field 0–255; null when absent.</summary>
    public int? Flag { get; init; }

    /// <summary>From the Flag version bits; 2005 when Flag is absent; null when the bits name no known edition.</summary>
    public Hj212Version? Version { get; init; }

    /// <summary>Flag bit A: the receiver must answer with CN 9014.</summary>
    public bool AckRequired => Flag is { } f && (f & 1) != 0;

    /// <summary>Flag bit D: the packet is one part of a split upload (PNUM/PNO).</summary>
    public bool IsSplit => Flag is { } f && (f & 2) != 0;

    /// <summary>Total number of parts, as sent; null when absent.</summary>
    public string? Pnum { get; init; }

    /// <summary>This part's 1-based number, as sent; null when absent.</summary>
    public string? Pno { get; init; }

    public required IReadOnlyList<Hj212Field> Cp { get; init; }

    public Hj212Warnings Warnings { get; init; }

    /// <summary>The first CP value with this key, or null.</summary>
    public string? this[string key]
    {
        get
        {
            foreach (var field in Cp)
            {
                if (field.Key == key)
                {
                    return field.Value;
                }
            }

            return null;
        }
    }
}
