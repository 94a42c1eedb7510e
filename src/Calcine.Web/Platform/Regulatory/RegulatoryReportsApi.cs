using System.Globalization;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Regulatory;
using Calcine.Web.Components.Reports;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Data;
using Calcine.Web.Platform.Reports;

namespace Calcine.Web.Platform.Regulatory;

/// <summary>The CBAM data set (JSON, Excel, PDF) and the China ETS annual emission report (Excel, PDF)
/// of a plant's reporting year. Reading the plant is the right needed; another tenant's plant is 404.</summary>
public static class RegulatoryReportsApi
{
    public static void MapRegulatoryReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Regulatory reports");
        group.MapGet("/cbam.json", CbamJsonAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapGet("/cbam.xlsx", CbamXlsxAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapGet("/cbam.pdf", CbamPdfAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapGet("/china-ets.xlsx", ChinaXlsxAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        group.MapGet("/china-ets.pdf", ChinaPdfAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
    }

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<IResult> CbamJsonAsync(int id, int year, RegulatoryReports reports, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var data = await reports.CbamAsync(id, year, ct);
        return Results.File(CbamDataSetJson.Write(data), "application/json", FileName(id, year, "cbam", "json"));
    }

    private static async Task<IResult> CbamXlsxAsync(int id, int year, RegulatoryReports reports, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var data = await reports.CbamAsync(id, year, ct);
        return Results.File(CbamDataSetWorkbook.Write(data), XlsxType, FileName(id, year, "cbam", "xlsx"));
    }

    private static async Task<IResult> CbamPdfAsync(int id, int year, RegulatoryReports reports,
        ReportComponentHtml html, IReportPdfPrinter printer, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var data = await reports.CbamAsync(id, year, ct);
        var body = await html.RenderAsync<CbamDataSetView>(new Dictionary<string, object?> { [nameof(CbamDataSetView.Data)] = data });
        var title = $"CBAM {data.Installation.PlantCode} {year.ToString(CultureInfo.InvariantCulture)}";
        return await printer.PdfAsync(ReportHtmlDocument.Wrap(title, body, Language()), FileName(id, year, "cbam", "pdf"), ct);
    }

    private static async Task<IResult> ChinaXlsxAsync(int id, int year, RegulatoryReports reports, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        return Results.File(ChinaEtsWorkbook.Write(await reports.ChinaAsync(id, year, ct)), XlsxType, FileName(id, year, "china-ets", "xlsx"));
    }

    private static async Task<IResult> ChinaPdfAsync(int id, int year, RegulatoryReports reports, ReportComponentHtml html, IReportPdfPrinter printer, CancellationToken ct)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        var report = await reports.ChinaAsync(id, year, ct);
        var body = await html.RenderAsync<ChinaEtsReportView>(new Dictionary<string, object?> { [nameof(ChinaEtsReportView.Report)] = report });
        var title = $"全国碳排放权交易 {report.Enterprise.Code} {year.ToString(CultureInfo.InvariantCulture)}";
        return await printer.PdfAsync(ReportHtmlDocument.Wrap(title, body, Language()), FileName(id, year, "china-ets", "pdf"), ct);
    }

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is { Length: 2 } l && l != "iv" ? l : "en";

    private static string FileName(int id, int year, string report, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"plant-{id}-{year}-{report}.{extension}");
}
