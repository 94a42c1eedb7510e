using System.Buffers;

namespace Calcine.Ingestion.Hj212;

/// <summary>
/// Reads a whole stream of frames (a capture file, standard input) synchronously and reports every
/// frame in order: decoded, or rejected with the scanner's or decoder's reason. It never stops at a
/// bad frame. The TCP session uses the scanner directly over its PipeReader instead.
/// </summary>
public static class Hj212StreamDecoder
{
    /// <summary>Reads <paramref name="input"/> to its end. IO errors from the stream propagate.</summary>
    /// <param name="onFrame">Called with the frame's stream offset and its outcome.</param>
    public static void ReadAll(Stream input, Action<long, Hj212Decoded> onFrame, Hj212ScanOptions? options = null)
    {
        options ??= Hj212ScanOptions.Default;
        var scanner = new Hj212FrameScanner(options);
        var buffer = new byte[Math.Max(64 * 1024, 2 * options.MaxFrameBytes)];
        int filled = 0;
        while (true)
        {
            int read = input.Read(buffer, filled, buffer.Length - filled);
            bool final = read == 0;
            filled += read;
            var sequence = new ReadOnlySequence<byte>(buffer, 0, filled);
            OperationStatus status;
            while ((status = scanner.TryReadFrame(ref sequence, out var frame, final)) != OperationStatus.NeedMoreData)
            {
                onFrame(frame.Offset, status == OperationStatus.Done
                    ? Hj212Decoder.Decode(frame)
                    : Hj212Decoded.Fail(frame.Error, frame.Detail!));
            }

            if (final)
            {
                return;
            }

            // What is left is at most one incomplete frame: move it to the front and read on.
            int left = (int)sequence.Length;
            buffer.AsSpan(filled - left, left).CopyTo(buffer);
            filled = left;
        }
    }
}
