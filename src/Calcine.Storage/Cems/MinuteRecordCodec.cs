using System.Buffers.Binary;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;

namespace Calcine.Storage.Cems;

/// <summary>One channel of a stored minute.</summary>
public readonly record struct MinuteReading(MinuteChannel Channel, DataFlag Flag, double Value);

/// <summary>Packs a minute's readings: a version byte, then 10 bytes per channel (channel, flag,
/// IEEE double little-endian). Ten channels take 101 bytes, against about 60 bytes of row
/// overhead per value had each reading been its own row.</summary>
public static class MinuteRecordCodec
{
    public const byte Version = 1;
    private const int EntrySize = 10;

    public static byte[] Encode(ReadOnlySpan<MinuteReading> readings)
    {
        var bytes = new byte[1 + (readings.Length * EntrySize)];
        bytes[0] = Version;
        for (var i = 0; i < readings.Length; i++)
        {
            var at = 1 + (i * EntrySize);
            bytes[at] = (byte)readings[i].Channel;
            bytes[at + 1] = (byte)readings[i].Flag;
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(at + 2, 8), readings[i].Value);
        }

        return bytes;
    }

    /// <summary>Throws on a blob this codec did not write: stored data is trusted, a bad blob is corruption.</summary>
    public static MinuteReading[] Decode(ReadOnlySpan<byte> bytes)
    {
        var readings = new MinuteReading[Count(bytes)];
        for (var i = 0; i < readings.Length; i++)
        {
            readings[i] = Entry(bytes, i);
        }

        return readings;
    }

    /// <summary>How many readings the blob holds; throws as <see cref="Decode"/> does. With
    /// <see cref="Entry"/>, a reader of a stack-year decodes without an array per minute.</summary>
    public static int Count(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 1 || bytes[0] != Version || (bytes.Length - 1) % EntrySize != 0)
        {
            throw new InvalidDataException($"Not a version-{Version} minute record ({bytes.Length} bytes).");
        }

        return (bytes.Length - 1) / EntrySize;
    }

    /// <summary>Reading <paramref name="index"/> of a blob whose <see cref="Count"/> was checked.</summary>
    public static MinuteReading Entry(ReadOnlySpan<byte> bytes, int index)
    {
        var at = 1 + (index * EntrySize);
        return new MinuteReading((MinuteChannel)bytes[at], (DataFlag)bytes[at + 1], BinaryPrimitives.ReadDoubleLittleEndian(bytes.Slice(at + 2, 8)));
    }
}
