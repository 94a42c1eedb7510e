using Calcine.Application.Files;

namespace Calcine.Application.InventoryReports;

/// <summary>The figures as CSV (RFC 4180, UTF-8, invariant, unrounded): the rows of <see cref="InventoryReportRows.Figures"/>.</summary>
public static class InventoryReportCsv
{
    public static byte[] Write(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company) =>
        CsvFile.Write(InventoryReportRows.FigureColumns, InventoryReportRows.Figures(plants, company));
}
