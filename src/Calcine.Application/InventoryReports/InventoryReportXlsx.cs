using Calcine.Application.Files;

namespace Calcine.Application.InventoryReports;

/// <summary>The report as a workbook: figures, factors and status sheets; numbers as number cells, unrounded.</summary>
public static class InventoryReportXlsx
{
    public static byte[] Write(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company) => Book(plants, company).ToBytes();

    public static XlsxWorkbook Book(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company) =>
        new XlsxWorkbook()
            .Sheet("Figures", InventoryReportRows.FigureColumns, InventoryReportRows.Figures(plants, company))
            .Sheet("Factors", InventoryReportRows.FactorColumns, InventoryReportRows.Factors(plants))
            .Sheet("Status", InventoryReportRows.StatusColumns, InventoryReportRows.Status(plants));
}
