using System.Text;
using Calcine.Application.Co2.Document;

namespace Calcine.Cli.Commands;

/// <summary>Reads an input file with a size limit that holds while reading, so a huge file is refused
/// before it is loaded and an endless one (a device, a pipe) is refused at the limit.</summary>
public static class InputFile
{
    private const int Limit = PlantYearReader.MaxDocumentBytes;

    public static byte[]? ReadPlantYearBytes(string path, CliConsole console, out string? error) =>
        ReadBytes(path, Limit, "a plant-year document", out error);

    /// <summary>The file's bytes, or null and one error line when it cannot be or must not be read.</summary>
    public static byte[]? ReadBytes(string path, int limit, string what, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "--input: the file name is empty";
            return null;
        }

        var shown = Printable(path);
        try
        {
            if (Directory.Exists(path))
            {
                error = $"{shown}: is a directory, not a file";
                return null;
            }

            if (!File.Exists(path))
            {
                error = $"{shown}: file not found";
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            // A regular file says its size: refuse it without reading a byte.
            if (stream.CanSeek && stream.Length > limit)
            {
                error = $"$: document is {stream.Length} bytes; {what} may have at most {limit} bytes";
                return null;
            }

            var bytes = ReadAtMost(stream, limit + 1);
            if (bytes.Length > limit)
            {
                error = $"$: document is more than {limit} bytes; {what} may have at most {limit} bytes";
                return null;
            }

            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{shown}: cannot be read: {Printable(ex.Message)}";
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // For example a NUL character in the name.
            error = $"{shown}: is not a usable file name";
            return null;
        }
    }

    /// <summary>Up to <paramref name="max"/> bytes; the buffer grows with what actually arrives, since a
    /// device or pipe reports no length (or a length of 0).</summary>
    private static byte[] ReadAtMost(Stream stream, int max)
    {
        // One byte more than a regular file's length, so its end is seen without growing the buffer.
        var expected = stream.CanSeek && stream.Length > 0 ? stream.Length + 1 : 64 * 1024;
        var buffer = new byte[Math.Min(max, expected)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length == max)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(max, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer.AsSpan(0, total).ToArray();
    }

    /// <summary>A file name or system message as it may appear in one error line.</summary>
    private static string Printable(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            b.Append(char.IsControl(c) ? '?' : c);
        }

        return b.ToString();
    }
}
