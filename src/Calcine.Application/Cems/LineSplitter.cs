namespace Calcine.Application.Cems;

/// <summary>Splits a byte stream into lines (LF or CRLF) without decoding it, with a line-length
/// limit, so a multi-gigabyte file or one without newlines is refused after a few kilobytes.</summary>
internal sealed class LineSplitter(Stream stream, int maxLineBytes)
{
    private readonly byte[] buffer = new byte[Math.Max(64 * 1024, (maxLineBytes * 2) + 4)];
    private int start;
    private int end;
    private bool endOfStream;

    public enum Status
    {
        Line,
        TooLong,
        End,
    }

    public enum DataStatus
    {
        Line,
        End,
        Error,
    }

    private int blankLine;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The next line without its terminator; the span is valid until the next call.</summary>
    public Status Next(out ReadOnlySpan<byte> line)
    {
        line = default;
        while (true)
        {
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                LineNumber++;
                var content = pending[..newline];
                start += newline + 1;
                if (!content.IsEmpty && content[^1] == (byte)'\r')
                {
                    content = content[..^1];
                }

                if (content.Length > maxLineBytes)
                {
                    return Status.TooLong;
                }

                line = content;
                return Status.Line;
            }

            if (pending.Length > maxLineBytes + 1)
            {
                LineNumber++;
                return Status.TooLong;
            }

            if (endOfStream)
            {
                if (pending.IsEmpty)
                {
                    return Status.End;
                }

                LineNumber++;
                start = end;
                if (pending[^1] == (byte)'\r')
                {
                    pending = pending[..^1];
                }

                if (pending.Length > maxLineBytes)
                {
                    return Status.TooLong;
                }

                line = pending;
                return Status.Line;
            }

            if (start > 0)
            {
                pending.CopyTo(buffer);
                end -= start;
                start = 0;
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                endOfStream = true;
            }
            else
            {
                end += read;
            }
        }
    }

    /// <summary>The next line of a CSV body. Blank lines are allowed only at the end of the file (a
    /// trailing newline or two); a blank line followed by data, or a line over the limit, is an
    /// error with the line it is on.</summary>
    public DataStatus NextDataLine(out ReadOnlySpan<byte> line, out int errorLine, out string error)
    {
        errorLine = 0;
        error = "";
        while (true)
        {
            var status = Next(out line);
            if (status == Status.End)
            {
                return DataStatus.End;
            }

            if (status == Status.TooLong)
            {
                (errorLine, error) = (LineNumber, $"the line is longer than {maxLineBytes} bytes");
                return DataStatus.Error;
            }

            if (line.IsEmpty)
            {
                blankLine = blankLine == 0 ? LineNumber : blankLine;
                continue;
            }

            if (blankLine != 0)
            {
                (errorLine, error) = (blankLine, "empty line inside the data");
                return DataStatus.Error;
            }

            return DataStatus.Line;
        }
    }
}
