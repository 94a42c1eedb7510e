using System.Globalization;
using CsvHelper;

namespace Calcine.Application.Files;

/// <summary>The one CSV writer of the product (RFC 4180, UTF-8 without BOM, CRLF), on CsvHelper:
/// numbers invariant and round-trippable, dates ISO, booleans true/false, null an empty field, and
/// text that starts like a formula escaped with an apostrophe (CsvHelper's injection guard, which
/// leaves numbers such as -5 alone).</summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.Escape,
        InjectionCharacters = new string(CellText.FormulaStarts),
        InjectionEscape = CellText.FormulaEscape,
        TrueValue = CellText.Boolean(true),
        FalseValue = CellText.Boolean(false),
        NewLine = "\r\n",
        WriteByteOrderMark = false,
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    Field(csv, value);
                }

                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }

    private static void Field(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string s:
                csv.WriteField(s);
                break;
            case int n:
                csv.WriteField(n, default);
                break;
            case long n:
                csv.WriteField(n, default);
                break;
            case decimal d:
                csv.WriteField(d, default);
                break;
            case double d when double.IsFinite(d):
                csv.WriteField(d, default);
                break;
            case double:
                csv.WriteField((string?)null);
                break;
            case bool b:
                csv.WriteField(b);
                break;
            case DateOnly d:
                csv.WriteField(d, default);
                break;
            case DateTime t:
                csv.WriteField(CellText.Instant(t));
                break;
            case DateTimeOffset t:
                csv.WriteField(CellText.Instant(t));
                break;
            default:
                csv.WriteField(CellText.Other(value));
                break;
        }
    }
}
