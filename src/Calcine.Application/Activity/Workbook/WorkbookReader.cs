using System.Globalization;
using Calcine.Domain.Factors;
using Calcine.Domain.Results;
using DocumentFormat.OpenXml.Packaging;

namespace Calcine.Application.Activity.Workbook;

/// <summary>Reads an uploaded activity workbook into months. Every problem is reported as
/// <c>Sheet!Cell</c> and why; a workbook with any problem yields no month at all.</summary>
public static class WorkbookReader
{
    public static Result<IReadOnlyList<(int Month, MonthlyActivity Data)>> Read(byte[] upload, FactorLibrary library)
    {
        if (WorkbookPackageCheck.Check(upload) is { } packageError)
        {
            return Fail([packageError]);
        }

        var errors = new List<ValidationError>();
        Dictionary<string, List<SheetRow>> sheets;
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(upload, writable: false), isEditable: false);
            sheets = ReadSheets(document, errors);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or InvalidOperationException or FormatException)
        {
            return Fail([new("workbook", "not a readable .xlsx workbook; download the template and save it as .xlsx")]);
        }

        if (errors.Count > 0)
        {
            return Fail(errors);
        }

        var months = new MonthBuilder(errors).Build(sheets);
        foreach (var (month, data, cells) in months)
        {
            foreach (var error in MonthlyActivityReader.Validate(data, library))
            {
                var cell = cells.GetValueOrDefault(error.Path) ?? cells[MonthBuilder.RowKey];
                errors.Add(new(cell, $"{error.Message} (month {month}, {error.Path})"));
            }
        }

        return errors.Count > 0 ? Fail(errors) : Result<IReadOnlyList<(int, MonthlyActivity)>>.Ok([.. months.Select(m => (m.Month, m.Data))]);
    }

    private static Result<IReadOnlyList<(int, MonthlyActivity)>> Fail(List<ValidationError> errors) =>
        Result<IReadOnlyList<(int, MonthlyActivity)>>.Fail(errors.Count > 200 ? [.. errors.Take(200), new("workbook", $"{errors.Count - 200} more errors")] : errors);

    private static Dictionary<string, List<SheetRow>> ReadSheets(SpreadsheetDocument document, List<ValidationError> errors)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<DocumentFormat.OpenXml.Spreadsheet.SharedStringItem>()
            .Select(i => i.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<SheetRow>>(StringComparer.Ordinal);
        var sheets = workbook.Workbook?.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList() ?? [];
        foreach (var sheet in sheets)
        {
            var name = sheet.Name?.Value ?? "";
            if (!WorkbookLayout.Headers.ContainsKey(name))
            {
                errors.Add(new($"{SheetReader.Short(name)}!A1", $"unexpected sheet '{SheetReader.Short(name)}'; the workbook has the sheets {string.Join(", ", WorkbookLayout.SheetOrder)}"));
                continue;
            }

            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                errors.Add(new($"{name}!A1", "the sheet has no worksheet data"));
                continue;
            }

            result[name] = SheetReader.Read(part, name, shared, errors);
        }

        foreach (var missing in WorkbookLayout.SheetOrder.Where(s => !result.ContainsKey(s) && !sheets.Any(x => x.Name?.Value == s)))
        {
            errors.Add(new($"{missing}!A1", $"the sheet '{missing}' is missing; download the template"));
        }

        return result;
    }
}

/// <summary>Turns sheet rows into months, remembering which cell each JSON path came from so a
/// rule broken later can still be reported at its cell.</summary>
internal sealed class MonthBuilder(List<ValidationError> errors)
{
    public const string RowKey = "$";

    private sealed class Month
    {
        public ClinkerMonth Clinker { get; set; } = new();
        public decimal SubstitutesSold { get; set; }
        public DustMonth Dust { get; set; } = new();
        public decimal? GridEf { get; set; }
        public List<NamedMass> Components { get; } = [];
        public List<FuelMonth> Fuels { get; } = [];
        public List<NamedMass> RawMaterials { get; } = [];
        public List<ElectricityUse> Electricity { get; } = [];
        public Dictionary<string, string> Cells { get; } = new(StringComparer.Ordinal);
    }

    private readonly SortedDictionary<int, Month> months = [];

    public List<(int Month, MonthlyActivity Data, Dictionary<string, string> Cells)> Build(Dictionary<string, List<SheetRow>> sheets)
    {
        foreach (var row in sheets[WorkbookLayout.Production])
        {
            Production(row);
        }

        foreach (var row in sheets[WorkbookLayout.Components])
        {
            Named(row, WorkbookLayout.Components, "$.cement.mineralComponents", m => m.Components);
        }

        foreach (var row in sheets[WorkbookLayout.RawMaterials])
        {
            Named(row, WorkbookLayout.RawMaterials, "$.rawMaterials", m => m.RawMaterials);
        }

        foreach (var row in sheets[WorkbookLayout.Fuels])
        {
            Fuel(row);
        }

        foreach (var row in sheets[WorkbookLayout.Electricity])
        {
            Electricity(row);
        }

        return [.. months.Select(kv => (kv.Key, new MonthlyActivity
        {
            Clinker = kv.Value.Clinker,
            Cement = new CementMonth { MineralComponents = kv.Value.Components, SubstitutesSold = kv.Value.SubstitutesSold },
            Fuels = kv.Value.Fuels,
            RawMaterials = kv.Value.RawMaterials,
            Dust = kv.Value.Dust,
            Electricity = new ElectricityMonth { GridEf = kv.Value.GridEf, Consumption = kv.Value.Electricity },
        }, kv.Value.Cells))];
    }

    private void Production(SheetRow row)
    {
        var sheet = WorkbookLayout.Production;
        if (MonthNumber(sheet, row) is not { } number)
        {
            return;
        }

        if (months.ContainsKey(number))
        {
            errors.Add(new(Ref(sheet, row, 0), $"month {number} has a second row in {sheet}"));
            return;
        }

        var m = months[number] = new Month();
        m.Cells[RowKey] = Ref(sheet, row, 0);
        m.Clinker = new ClinkerMonth
        {
            Produced = Number(sheet, row, 1, m, "$.clinker.produced_t") ?? 0,
            Bought = Number(sheet, row, 2, m, "$.clinker.bought_t") ?? 0,
            Sold = Number(sheet, row, 3, m, "$.clinker.sold_t") ?? 0,
            StockIncrease = Number(sheet, row, 4, m, "$.clinker.stockIncrease_t") ?? 0,
            EmissionFactor = Number(sheet, row, 5, m, "$.clinker.emissionFactor_tCO2_per_t"),
        };
        m.SubstitutesSold = Number(sheet, row, 6, m, "$.cement.substitutesSold_t") ?? 0;
        m.Dust = new DustMonth { Bypass = Number(sheet, row, 7, m, "$.dust.bypass_t") ?? 0, CkdLeaving = Number(sheet, row, 8, m, "$.dust.ckdLeaving_t") ?? 0 };
        m.GridEf = Number(sheet, row, 9, m, "$.electricity.gridEf_tCO2_per_MWh");
    }

    private void Named(SheetRow row, string sheet, string path, Func<Month, List<NamedMass>> list)
    {
        if (Owner(sheet, row) is not { } m)
        {
            return;
        }

        var items = list(m);
        var itemPath = $"{path}[{items.Count}]";
        items.Add(new NamedMass { Name = Text(sheet, row, 1, m, itemPath + ".name") ?? "", Mass = Number(sheet, row, 2, m, itemPath + ".mass_t") ?? 0 });
    }

    private void Fuel(SheetRow row)
    {
        var sheet = WorkbookLayout.Fuels;
        if (Owner(sheet, row) is not { } m)
        {
            return;
        }

        var path = $"$.fuels[{m.Fuels.Count}]";
        m.Fuels.Add(new FuelMonth
        {
            Name = Text(sheet, row, 1, m, path + ".name") ?? "",
            Category = Text(sheet, row, 2, m, path + ".category") ?? "",
            Use = Text(sheet, row, 3, m, path + ".use") ?? "",
            Mass = Number(sheet, row, 4, m, path + ".mass_t") ?? 0,
            Lhv = Number(sheet, row, 5, m, path + ".lhv_GJ_per_t"),
            LhvFactorId = Text(sheet, row, 6, m, path + ".lhvFactorId"),
            Ef = Number(sheet, row, 7, m, path + ".ef_kgCO2_per_GJ"),
            EfFactorId = Text(sheet, row, 8, m, path + ".efFactorId"),
            BiogenicShare = Number(sheet, row, 9, m, path + ".biogenicShare"),
            Evidence = Text(sheet, row, 10, m, path + ".evidence"),
        });
    }

    private void Electricity(SheetRow row)
    {
        var sheet = WorkbookLayout.Electricity;
        if (Owner(sheet, row) is not { } m)
        {
            return;
        }

        var path = $"$.electricity.consumption[{m.Electricity.Count}]";
        m.Electricity.Add(new ElectricityUse
        {
            Use = Text(sheet, row, 1, m, path + ".use") ?? "",
            Source = Text(sheet, row, 2, m, path + ".source") ?? "",
            MWh = Number(sheet, row, 3, m, path + ".MWh") ?? 0,
        });
    }

    private Month? Owner(string sheet, SheetRow row)
    {
        if (MonthNumber(sheet, row) is not { } number)
        {
            return null;
        }

        if (!months.TryGetValue(number, out var m))
        {
            errors.Add(new(Ref(sheet, row, 0), $"month {number} has no row in {WorkbookLayout.Production}; add it there first"));
        }

        return m;
    }

    private int? MonthNumber(string sheet, SheetRow row)
    {
        var value = Number(sheet, row, 0, null, null);
        if (value is not { } v || v != decimal.Truncate(v) || v < 1 || v > 12)
        {
            if (value is not null || row.Cells.ContainsKey(0))
            {
                errors.Add(new(Ref(sheet, row, 0), "the month is a whole number from 1 to 12"));
            }
            else
            {
                errors.Add(new(Ref(sheet, row, 0), "the month is missing"));
            }

            return null;
        }

        return (int)v;
    }

    private decimal? Number(string sheet, SheetRow row, int column, Month? m, string? path)
    {
        if (m is not null && path is not null)
        {
            // Also for an empty cell: a value required later is then reported at its cell.
            m.Cells[path] = Ref(sheet, row, column);
        }

        if (!row.Cells.TryGetValue(column, out var cell) || cell.Text.Length == 0)
        {
            return null;
        }

        var header = WorkbookLayout.Headers[sheet][column];
        if (!cell.IsNumber)
        {
            errors.Add(new($"{sheet}!{cell.Reference}", $"expected a number for '{header}', found text '{SheetReader.Short(cell.Text)}' (units belong in the header, not in the cell)"));
            return null;
        }

        if (!decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new($"{sheet}!{cell.Reference}", $"'{SheetReader.Short(cell.Text)}' is not a number that fits '{header}'"));
            return null;
        }

        return value;
    }

    private string? Text(string sheet, SheetRow row, int column, Month m, string path)
    {
        m.Cells[path] = Ref(sheet, row, column);
        if (!row.Cells.TryGetValue(column, out var cell) || cell.Text.Trim().Length == 0)
        {
            return null;
        }
        if (cell.IsNumber)
        {
            errors.Add(new($"{sheet}!{cell.Reference}", $"expected text for '{WorkbookLayout.Headers[sheet][column]}', found the number {SheetReader.Short(cell.Text)}"));
            return null;
        }

        return cell.Text.Trim();
    }

    private static string Ref(string sheet, SheetRow row, int column) =>
        $"{sheet}!{WorkbookLayout.Column(column)}{row.Number.ToString(CultureInfo.InvariantCulture)}";
}
