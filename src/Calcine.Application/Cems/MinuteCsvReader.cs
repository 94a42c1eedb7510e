using System.Globalization;
using System.Text;
using Calcine.Domain.Cems;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems;

/// <summary>Reads the minute CSV of spec/cems-contracts.md as a stream, invariant culture, without a
/// CSV library: header <c>timestamp,o2_pct,pm_mg_m3,so2_mg_m3,nox_mg_m3,flag</c> (the six columns
/// in any order, nothing else). Nothing is skipped: the first malformed line stops the read with an
/// error naming the line and column.</summary>
public static class MinuteCsvReader
{
    public const int MaxLineBytes = 1024;

    /// <summary>About ten stack-years of minutes; more is refused before memory runs out.</summary>
    public const int MaxRecords = 5_300_000;

    public const string TimestampColumn = "timestamp";
    public const string O2Column = "o2_pct";
    public const string FlagColumn = "flag";

    private const int MaxOtherFlagCodes = 64;

    /// <summary>The concentration columns in channel order.</summary>
    public static IReadOnlyList<(string Column, Pollutant Pollutant)> ConcentrationColumns { get; } =
        [("pm_mg_m3", Pollutant.Pm), ("so2_mg_m3", Pollutant.So2), ("nox_mg_m3", Pollutant.Nox)];

    public static string ExpectedHeader { get; } = string.Join(',', [TimestampColumn, O2Column, .. ConcentrationColumns.Select(c => c.Column), FlagColumn]);

    /// <summary>Reads the CSV into a series whose channels are dry mg/m3, corrected to
    /// <paramref name="referenceO2Percent"/> (null: judged on the measured concentration).</summary>
    public static Result<MinuteCsv> Read(Stream input, double? referenceO2Percent)
    {
        var lines = new LineSplitter(input, MaxLineBytes);
        var status = lines.Next(out var headerLine);
        if (status == LineSplitter.Status.TooLong)
        {
            return Fail(1, null, $"the header is longer than {MaxLineBytes} bytes; expected {ExpectedHeader}");
        }

        if (status == LineSplitter.Status.End)
        {
            return Fail(1, null, $"the file is empty; expected the header {ExpectedHeader}");
        }

        if (headerLine.StartsWith("\uFEFF"u8))
        {
            headerLine = headerLine[3..];
        }

        if (headerLine.IsEmpty)
        {
            return lines.Next(out _) == LineSplitter.Status.End
                ? Fail(1, null, $"the file is empty; expected the header {ExpectedHeader}")
                : Fail(1, null, $"the header line is empty; expected {ExpectedHeader}");
        }

        var layout = ColumnLayout.TryCreate(headerLine, out var headerError);
        if (layout is null)
        {
            return Fail(1, null, headerError!);
        }

        var channels = ConcentrationColumns.Select(c => ChannelConfig.DryMgPerM3(c.Pollutant, referenceO2Percent)).ToArray();
        var builder = new MinuteSeriesBuilder(channels, initialCapacity: CapacityHint(input));
        var otherFlags = new Dictionary<string, int>(StringComparer.Ordinal);
        Span<Range> fields = stackalloc Range[ColumnLayout.Count + 1];
        Span<double> concentrations = stackalloc double[channels.Length];
        while (true)
        {
            var data = lines.NextDataLine(out var line, out var errorLine, out var error);
            if (data == LineSplitter.DataStatus.End)
            {
                break;
            }

            if (data == LineSplitter.DataStatus.Error)
            {
                return Fail(errorLine, null, error);
            }

            var number = lines.LineNumber;

            if (builder.Count >= MaxRecords)
            {
                return Fail(number, null, $"more than {MaxRecords} minute records (about ten stack-years); split the input");
            }

            var found = Split(line, fields);
            if (found != ColumnLayout.Count)
            {
                return Fail(number, null, $"expected {ColumnLayout.Count} columns ({ExpectedHeader}), found {found}");
            }

            var timestampField = Trim(line[fields[layout.Timestamp]]);
            if (!IsoTimestamp.TryParse(timestampField, out var timestamp, out var timestampProblem))
            {
                return Fail(number, layout.Label(layout.Timestamp), $"{Quote(timestampField)} {timestampProblem}");
            }

            if (ParseNumber(line[fields[layout.O2]], number, layout, layout.O2, out var o2) is { } o2Error)
            {
                return Result<MinuteCsv>.Fail([o2Error]);
            }

            for (var c = 0; c < channels.Length; c++)
            {
                if (ParseNumber(line[fields[layout.Concentrations[c]]], number, layout, layout.Concentrations[c], out concentrations[c]) is { } valueError)
                {
                    return Result<MinuteCsv>.Fail([valueError]);
                }
            }

            var flagField = Trim(line[fields[layout.Flag]]);
            if (!TryFlag(flagField, out var flag, out var flagCode))
            {
                return Fail(number, layout.Label(layout.Flag), $"{Quote(flagField)} is not a data flag (1 to 4 ASCII letters or digits, e.g. N, T, F, M, S, D, C, B)");
            }

            if (flag == DataFlag.Other && (otherFlags.ContainsKey(flagCode!) || otherFlags.Count < MaxOtherFlagCodes))
            {
                otherFlags[flagCode!] = otherFlags.GetValueOrDefault(flagCode!) + 1;
            }

            if (builder.TryAdd(timestamp, o2, concentrations, flag) is { } recordError)
            {
                return Fail(number, layout.LabelOf(recordError.Path), recordError.Message);
            }
        }

        if (builder.Count == 0)
        {
            return Fail(lines.LineNumber + 1, null, "no minute records after the header");
        }

        return Result<MinuteCsv>.Ok(new MinuteCsv(builder.Build(), otherFlags));
    }

    /// <summary>Rows are about 50 bytes; sizing the columns once avoids copying a stack-year's arrays
    /// as they grow. Unseekable input (stdin) starts small and grows.</summary>
    private static int CapacityHint(Stream input)
    {
        try
        {
            return input.CanSeek ? (int)Math.Clamp((input.Length - input.Position) / 48, 1024, MaxRecords) : 4096;
        }
        catch (NotSupportedException)
        {
            return 4096;
        }
    }

    /// <summary>Splits on commas into <paramref name="fields"/>; returns the number of fields, which
    /// may exceed the span's length (then only the count is meaningful).</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var comma = line[start..].IndexOf((byte)',');
            var end = comma < 0 ? line.Length : start + comma;
            if (count < fields.Length)
            {
                fields[count] = start..end;
            }

            count++;
            if (comma < 0)
            {
                return count;
            }

            start = end + 1;
        }
    }

    private static ValidationError? ParseNumber(ReadOnlySpan<byte> raw, int line, ColumnLayout layout, int column, out double value)
    {
        var text = Trim(raw);
        if (text.IsEmpty)
        {
            value = 0;
            return Error(line, layout.Label(column), "the field is empty; a number is required");
        }

        if (!DecimalText.TryParse(text, out value))
        {
            return Error(line, layout.Label(column), $"{Quote(text)} is not a number (invariant culture: digits, '.' as decimal point, optional exponent)");
        }

        return double.IsFinite(value) ? null : Error(line, layout.Label(column), $"{Quote(text)} is not a finite number");
    }

    private static bool TryFlag(ReadOnlySpan<byte> text, out DataFlag flag, out string? code)
    {
        flag = DataFlag.Other;
        code = null;
        if (text.IsEmpty || text.Length > 4)
        {
            return false;
        }

        Span<char> chars = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return false;
            }

            chars[i] = (char)b;
        }

        flag = DataFlags.FromCode(chars);
        code = flag == DataFlag.Other ? new string(chars) : null;
        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s) => s.Trim(" \t"u8);

    private static Result<MinuteCsv> Fail(int line, string? column, string message) => Result<MinuteCsv>.Fail([Error(line, column, message)]);

    private static ValidationError Error(int line, string? column, string message) =>
        new(column is null ? $"line {line}" : $"line {line}, {column}", message);

    /// <summary>The offending text for a message: at most 40 bytes, non-printable bytes escaped.</summary>
    internal static string Quote(ReadOnlySpan<byte> text)
    {
        var sb = new StringBuilder("'");
        foreach (var b in text[..Math.Min(text.Length, 40)])
        {
            _ = b is >= 0x20 and < 0x7F ? sb.Append((char)b) : sb.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
        }

        return sb.Append(text.Length > 40 ? "…'" : "'").ToString();
    }

    /// <summary>Which column holds what, from the header line.</summary>
    private sealed class ColumnLayout
    {
        public const int Count = 6;
        private readonly string[] names;

        private ColumnLayout(string[] names, int timestamp, int o2, int[] concentrations, int flag)
        {
            this.names = names;
            Timestamp = timestamp;
            O2 = o2;
            Concentrations = concentrations;
            Flag = flag;
        }

        public int Timestamp { get; }
        public int O2 { get; }
        public int[] Concentrations { get; }
        public int Flag { get; }

        /// <summary>"column 3 (pm_mg_m3)" for the 0-based index.</summary>
        public string Label(int column) => $"column {column + 1} ({names[column]})";

        /// <summary>The label of the column holding a <see cref="MinuteSeriesBuilder"/> field, or null.</summary>
        public string? LabelOf(string builderField)
        {
            var column = builderField switch
            {
                MinuteSeriesBuilder.TimestampField => Timestamp,
                MinuteSeriesBuilder.O2Field => O2,
                _ => ConcentrationColumns.Select((c, i) => (c, i)).Where(x => x.c.Pollutant.Key() == builderField).Select(x => Concentrations[x.i]).DefaultIfEmpty(-1).First(),
            };
            return column < 0 ? null : Label(column);
        }

        public static ColumnLayout? TryCreate(ReadOnlySpan<byte> header, out string? error)
        {
            error = null;
            var text = Encoding.UTF8.GetString(header);
            var columns = text.Split(',');
            var expected = new[] { TimestampColumn, O2Column }.Concat(ConcentrationColumns.Select(c => c.Column)).Append(FlagColumn).ToArray();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                var name = columns[i].Trim(' ', '\t');
                if (!expected.Contains(name))
                {
                    error = $"unknown column {Quote(Encoding.UTF8.GetBytes(name))} (column {i + 1}); expected the header {ExpectedHeader}";
                    return null;
                }

                if (!index.TryAdd(name, i))
                {
                    error = $"column '{name}' appears twice; expected the header {ExpectedHeader}";
                    return null;
                }
            }

            var missing = expected.Where(e => !index.ContainsKey(e)).ToList();
            if (missing.Count > 0)
            {
                error = $"missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected the header {ExpectedHeader}";
                return null;
            }

            return new ColumnLayout([.. columns.Select(c => c.Trim(' ', '\t'))], index[TimestampColumn], index[O2Column], [.. ConcentrationColumns.Select(c => index[c.Column])], index[FlagColumn]);
        }
    }
}
