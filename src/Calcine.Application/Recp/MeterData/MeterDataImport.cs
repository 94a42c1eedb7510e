using System.Globalization;
using Calcine.Domain.Recp;
using Calcine.Domain.Results;

namespace Calcine.Application.Recp.MeterData;

/// <summary>Monthly meter data (energy, water, production, degree days…) from CSV or Excel into months
/// for the energy baseline. Columns: <c>month</c> (YYYY-MM, or an Excel date on the 1st), then
/// <c>energy_kWh</c>, then any named numbers (<c>[A-Za-z][A-Za-z0-9_]{0,63}</c>). Every cell is
/// checked and every problem named by its cell; with any problem, no month is returned.</summary>
public static class MeterDataImport
{
    public const string MonthColumn = "month";
    public const string EnergyColumn = "energy_kWh";
    private const int MaxErrors = 200;

    public static Result<IReadOnlyList<EnergyMonth>> FromCsv(byte[] upload) => FromTable(MeterCsv.Read(upload));

    public static Result<IReadOnlyList<EnergyMonth>> FromWorkbook(byte[] upload) => FromTable(MeterWorkbook.Read(upload));

    public static Result<IReadOnlyList<EnergyMonth>> FromTable(Result<MeterTable> table)
    {
        if (!table.Success)
        {
            return Result<IReadOnlyList<EnergyMonth>>.Fail(table.Errors);
        }

        var errors = new List<ValidationError>();
        var names = Header(table.Value.Header, errors);
        errors.AddRange(table.Value.Problems);
        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<EnergyMonth>>.Fail(errors);
        }

        if (table.Value.Rows.Count == 0)
        {
            return Result<IReadOnlyList<EnergyMonth>>.Fail("A2", "no months below the header");
        }

        var months = new List<EnergyMonth>();
        int? last = null;
        foreach (var row in table.Value.Rows)
        {
            if (Row(row, names, errors, ref last) is { } month)
            {
                months.Add(month);
            }
        }

        return errors.Count > 0
            ? Result<IReadOnlyList<EnergyMonth>>.Fail(errors.Count > MaxErrors ? [.. errors.Take(MaxErrors), new("file", $"{errors.Count - MaxErrors} more errors")] : errors)
            : Result<IReadOnlyList<EnergyMonth>>.Ok(months);
    }

    private static List<string> Header(IReadOnlyList<MeterCell> header, List<ValidationError> errors)
    {
        var names = header.Select(h => h.Text).ToList();
        while (names.Count > 0 && names[^1].Length == 0)
        {
            names.RemoveAt(names.Count - 1);
        }

        if (names.Count < 2 || names[0] != MonthColumn || names[1] != EnergyColumn)
        {
            errors.Add(new(header.Count > 0 ? header[0].Reference : "A1", $"the header must start with {MonthColumn}, {EnergyColumn}; found {string.Join(", ", names.Take(3))}"));
            return names;
        }

        if (names.Count > MeterTable.MaxColumns)
        {
            errors.Add(new(header[MeterTable.MaxColumns - 1].Reference, $"more than {MeterTable.MaxColumns} columns"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count && i < MeterTable.MaxColumns; i++)
        {
            if (i >= 2 && !RecpJsonObject.VariablePattern().IsMatch(names[i]))
            {
                errors.Add(new(header[i].Reference, $"'{SheetText(names[i])}' is not a value name: a letter, then letters, digits or _ (units in the name, e.g. production_t, hdd_Kd, water_m3)"));
            }
            else if (!seen.Add(names[i]))
            {
                errors.Add(new(header[i].Reference, $"duplicate column '{names[i]}'"));
            }
        }

        return names;
    }

    private static EnergyMonth? Row(IReadOnlyList<MeterCell> row, List<string> names, List<ValidationError> errors, ref int? last)
    {
        var before = errors.Count;
        MeterCell At(int i) => i < row.Count ? row[i] : new MeterCell(CellRef(row, i), "", null);
        foreach (var extra in row.Skip(names.Count).Where(c => c.Text.Length > 0))
        {
            errors.Add(new(extra.Reference, "a value in a column without a header"));
        }

        foreach (var refused in row.Take(names.Count).Where(c => c.Problem is not null))
        {
            errors.Add(new(refused.Reference, refused.Problem!));
        }

        var monthCell = At(0);
        var month = Month(monthCell);
        if (month is null && monthCell.Problem is null)
        {
            errors.Add(new(monthCell.Reference, $"'{SheetText(monthCell.Text)}' is not a month: write YYYY-MM, e.g. 2024-01"));
        }
        else if (month is not null)
        {
            var key = (month.Value.Year * 12) + month.Value.Month;
            if (last is { } previous && key <= previous)
            {
                errors.Add(new(monthCell.Reference, $"{Label(month.Value)} does not follow the month above: months must be strictly increasing"));
            }

            last = key;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 1; i < names.Count; i++)
        {
            var cell = At(i);
            var v = Number(cell);
            if (cell.Problem is not null)
            {
                continue;
            }

            if (v is null)
            {
                errors.Add(new(cell.Reference, cell.Text.Length == 0 ? $"{names[i]} is empty; every month needs every value" : $"'{SheetText(cell.Text)}' is not a number ({names[i]}; use a dot for decimals, no thousands separators)"));
            }
            else if (v < 0 && i == 1)
            {
                errors.Add(new(cell.Reference, $"{v.Value.ToString(CultureInfo.InvariantCulture)}: energy must not be negative"));
            }
            else if (i >= 2)
            {
                values[names[i]] = v.Value;
            }
        }

        return errors.Count > before ? null : new EnergyMonth(Label(month!.Value), Number(At(1))!.Value, values);
    }

    /// <summary>YYYY-MM as text, or an Excel date serial that falls on the 1st of a month (Excel turns a
    /// typed 2024-01 into the date 2024-01-01).</summary>
    private static (int Year, int Month)? Month(MeterCell cell)
    {
        var t = cell.Text;
        if (cell.StoredNumber is { } serial)
        {
            if (serial != Math.Floor(serial) || serial < 1 || serial > 2_958_465)
            {
                return null;
            }

            var date = DateTime.FromOADate(serial);
            return date.Day == 1 ? (date.Year, date.Month) : null;
        }

        return t.Length == 7 && t[4] == '-' && t[..4].All(char.IsAsciiDigit) && t[5..].All(char.IsAsciiDigit)
            && int.Parse(t[5..], CultureInfo.InvariantCulture) is >= 1 and <= 12
            ? (int.Parse(t[..4], CultureInfo.InvariantCulture), int.Parse(t[5..], CultureInfo.InvariantCulture))
            : null;
    }

    private static double? Number(MeterCell cell)
    {
        if (cell.StoredNumber is { } stored)
        {
            return stored;
        }

        return cell.Text.Length > 0 && double.TryParse(cell.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : null;
    }

    private static string Label((int Year, int Month) m) => $"{m.Year:0000}-{m.Month:00}";

    /// <summary>The reference of a missing cell of a row, from the row's first cell.</summary>
    private static string CellRef(IReadOnlyList<MeterCell> row, int column)
    {
        var first = row.Count > 0 ? row[0].Reference : "A0";
        var bang = first.LastIndexOf('!');
        var prefix = bang >= 0 ? first[..(bang + 1)] : "";
        var rowNumber = new string([.. first[(bang + 1)..].SkipWhile(char.IsAsciiLetter)]);
        return $"{prefix}{MeterTable.Column(Math.Min(column, MeterTable.MaxColumns - 1))}{rowNumber}";
    }

    /// <summary>A cell's text as it may appear in a one-line message.</summary>
    private static string SheetText(string s) => Activity.Workbook.SheetReader.Short(s.Replace('\n', ' ').Replace('\r', ' '));
}
