using System.Text;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Quality;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems.Quality;

/// <summary>Reads the optional DAS hourly CSV of docs/formats/cems-quality.md: header
/// <c>hour,pollutant,zs_avg</c> (any order, nothing else), one converted hourly value per line as the
/// data logger sent it. The first malformed line stops the read with an error naming line and column.</summary>
public static class DasHourlyCsvReader
{
    public const int MaxLineBytes = 256;

    /// <summary>Ten stack-years of hourly values for three pollutants, with room to spare.</summary>
    public const int MaxRecords = 300_000;

    public const string HourColumn = "hour";
    public const string PollutantColumn = "pollutant";
    public const string ZsAvgColumn = "zs_avg";

    public static string ExpectedHeader { get; } = $"{HourColumn},{PollutantColumn},{ZsAvgColumn}";

    private static readonly string[] Columns = [HourColumn, PollutantColumn, ZsAvgColumn];

    public static Result<IReadOnlyList<DasHourlyValue>> Read(Stream input)
    {
        var lines = new LineSplitter(input, MaxLineBytes);
        var status = lines.Next(out var header);
        if (status == LineSplitter.Status.End)
        {
            return Fail(1, null, $"the file is empty; expected the header {ExpectedHeader}");
        }

        if (status == LineSplitter.Status.TooLong)
        {
            return Fail(1, null, $"the header is longer than {MaxLineBytes} bytes; expected {ExpectedHeader}");
        }

        if (header.StartsWith("\uFEFF"u8))
        {
            header = header[3..];
        }

        var names = Encoding.UTF8.GetString(header).Split(',').Select(n => n.Trim(' ', '\t')).ToArray();
        if (names.Length != Columns.Length || Columns.Any(c => Array.IndexOf(names, c) < 0))
        {
            return Fail(1, null, $"header {MinuteCsvReader.Quote(header)} is not {ExpectedHeader} (the three columns in any order, nothing else)");
        }

        var hourAt = Array.IndexOf(names, HourColumn);
        var pollutantAt = Array.IndexOf(names, PollutantColumn);
        var valueAt = Array.IndexOf(names, ZsAvgColumn);
        string Label(int column) => $"column {column + 1} ({names[column]})";

        var values = new List<DasHourlyValue>();
        var seen = new HashSet<(long, Pollutant)>();
        Span<Range> fields = stackalloc Range[3];
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

            if (values.Count >= MaxRecords)
            {
                return Fail(number, null, $"more than {MaxRecords} hourly values; split the input");
            }

            if (SplitThree(line, fields) is false)
            {
                return Fail(number, null, $"expected 3 columns ({ExpectedHeader})");
            }

            var hourText = line[fields[hourAt]].Trim(" \t"u8);
            if (!IsoTimestamp.TryParse(hourText, out var hour, out var problem))
            {
                return Fail(number, Label(hourAt), $"{MinuteCsvReader.Quote(hourText)} {problem}");
            }

            if (hour.Ticks % TimeSpan.TicksPerHour != 0)
            {
                return Fail(number, Label(hourAt), $"{MinuteCsvReader.Quote(hourText)} is not the start of a clock hour (minutes and seconds must be 0)");
            }

            var pollutantText = line[fields[pollutantAt]].Trim(" \t"u8);
            if (PollutantOf(pollutantText) is not { } pollutant)
            {
                return Fail(number, Label(pollutantAt), $"{MinuteCsvReader.Quote(pollutantText)} is not one of {string.Join(", ", MinuteCsvReader.ConcentrationColumns.Select(c => c.Pollutant.Key()))}");
            }

            var valueText = line[fields[valueAt]].Trim(" \t"u8);
            if (valueText.IsEmpty || !DecimalText.TryParse(valueText, out var zs) || !double.IsFinite(zs) || Math.Abs(zs) > MinuteSeriesBuilder.MaxConcentration)
            {
                return Fail(number, Label(valueAt), $"{MinuteCsvReader.Quote(valueText)} is not a concentration (a finite number, invariant culture, at most {MinuteSeriesBuilder.MaxConcentration:0} in magnitude)");
            }

            if (!seen.Add((hour.UtcTicks, pollutant)))
            {
                return Fail(number, null, $"a second value for {pollutant.Key()} in the hour {CemsTime.Format(hour)}");
            }

            values.Add(new DasHourlyValue(hour, pollutant, zs));
        }

        return Result<IReadOnlyList<DasHourlyValue>>.Ok(values);
    }

    /// <summary>Exactly three comma-separated fields, or false.</summary>
    private static bool SplitThree(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var start = 0;
        for (var f = 0; f < 3; f++)
        {
            var comma = line[start..].IndexOf((byte)',');
            if (f < 2 && comma < 0)
            {
                return false;
            }

            if (f == 2 && comma >= 0)
            {
                return false;
            }

            var end = comma < 0 ? line.Length : start + comma;
            fields[f] = start..end;
            start = end + 1;
        }

        return true;
    }

    private static Pollutant? PollutantOf(ReadOnlySpan<byte> key)
    {
        foreach (var (_, pollutant) in MinuteCsvReader.ConcentrationColumns)
        {
            if (key.SequenceEqual(Encoding.ASCII.GetBytes(pollutant.Key())))
            {
                return pollutant;
            }
        }

        return null;
    }

    private static Result<IReadOnlyList<DasHourlyValue>> Fail(int line, string? column, string message) =>
        Result<IReadOnlyList<DasHourlyValue>>.Fail(column is null ? $"line {line}" : $"line {line}, {column}", message);
}
