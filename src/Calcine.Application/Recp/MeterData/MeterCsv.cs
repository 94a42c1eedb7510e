using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Calcine.Domain.Results;
using CsvHelper;

namespace Calcine.Application.Recp.MeterData;

/// <summary>Reads monthly meter data from CSV (comma, semicolon, tab or bar separated, detected; UTF-8)
/// into a <see cref="MeterTable"/>; cells are named <c>B3</c> (column, line of the file).</summary>
public static class MeterCsv
{
    public const int MaxBytes = 1024 * 1024;

    public static Result<MeterTable> Read(byte[] upload)
    {
        if (upload.Length > MaxBytes)
        {
            return Result<MeterTable>.Fail("file", $"the file is {upload.Length} bytes; monthly meter data fits in {MaxBytes} bytes");
        }

        var body = upload.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? upload[3..] : upload;
        if (!Utf8.IsValid(body))
        {
            return Result<MeterTable>.Fail("file", "not valid UTF-8; save the file as CSV UTF-8");
        }

        if (Encoding.UTF8.GetString(body).Trim().Length == 0)
        {
            return Result<MeterTable>.Fail("A1", "the file is empty; expected a header row starting with month,energy_kWh");
        }

        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            FormatProvider = CultureInfo.InvariantCulture,
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 64 * 1024,
            SkipEmptyLines = true,
        };
        try
        {
            using var csv = CsvReader.Create(body, options);
            var header = csv.Headers.Select((h, i) => new MeterCell($"{MeterTable.Column(Math.Min(i, 25))}1", h.Trim(), null)).ToList();
            var rows = new List<IReadOnlyList<MeterCell>>();
            while (csv.Read())
            {
                if (rows.Count == MeterTable.MaxRows)
                {
                    return Result<MeterTable>.Fail($"A{csv.LineNumber}", $"more than {MeterTable.MaxRows} months; split the file");
                }

                var line = csv.LineNumber.ToString(CultureInfo.InvariantCulture);
                rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => new MeterCell($"{MeterTable.Column(Math.Min(i, 25))}{line}", csv.GetString(i).Trim(), null))]);
            }

            return Result<MeterTable>.Ok(new MeterTable(header, rows, []));
        }
        catch (CsvFormatException ex)
        {
            var line = ex.LineNumber is { } l and > 0 ? l.ToString(CultureInfo.InvariantCulture) : "1";
            return Result<MeterTable>.Fail($"A{line}", "malformed CSV on this line (a quote not closed, or a record too long)");
        }
    }
}
