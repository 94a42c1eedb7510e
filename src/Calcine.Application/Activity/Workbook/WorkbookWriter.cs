using Calcine.Application.Files;

namespace Calcine.Application.Activity.Workbook;

/// <summary>Writes the activity workbook: the template with headers, filled with the months saved so far.</summary>
public static class WorkbookWriter
{
    public static byte[] Write(IReadOnlyList<(int Month, MonthlyActivity Data)> months) => Book(months).ToBytes();

    public static XlsxWorkbook Book(IReadOnlyList<(int Month, MonthlyActivity Data)> months)
    {
        var book = new XlsxWorkbook();
        foreach (var name in WorkbookLayout.SheetOrder)
        {
            book.Sheet(name, WorkbookLayout.Headers[name], Rows(name, months));
        }

        return book;
    }

    private static IEnumerable<object?[]> Rows(string sheet, IReadOnlyList<(int Month, MonthlyActivity Data)> months) => sheet switch
    {
        WorkbookLayout.Production => months.Select(m => new object?[]
        {
            m.Month, m.Data.Clinker.Produced, m.Data.Clinker.Bought, m.Data.Clinker.Sold, m.Data.Clinker.StockIncrease,
            m.Data.Clinker.EmissionFactor, m.Data.Cement.SubstitutesSold, m.Data.Dust.Bypass, m.Data.Dust.CkdLeaving, m.Data.Electricity.GridEf,
        }),
        WorkbookLayout.Components => months.SelectMany(m => m.Data.Cement.MineralComponents.Select(c => new object?[] { m.Month, c.Name, c.Mass })),
        WorkbookLayout.Fuels => months.SelectMany(m => m.Data.Fuels.Select(f => new object?[]
        {
            m.Month, f.Name, f.Category, f.Use, f.Mass, f.Lhv, f.LhvFactorId, f.Ef, f.EfFactorId, f.BiogenicShare, f.Evidence,
        })),
        WorkbookLayout.RawMaterials => months.SelectMany(m => m.Data.RawMaterials.Select(r => new object?[] { m.Month, r.Name, r.Mass })),
        _ => months.SelectMany(m => m.Data.Electricity.Consumption.Select(e => new object?[] { m.Month, e.Use, e.Source, e.MWh })),
    };
}
