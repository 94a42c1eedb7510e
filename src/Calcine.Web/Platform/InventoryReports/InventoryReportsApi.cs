using System.Globalization;
using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.InventoryReports;
using Calcine.Web.Components.Reports;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Data;
using Calcine.Web.Platform.Reports;

namespace Calcine.Web.Platform.InventoryReports;

/// <summary>The annual CO2 inventory report of a plant or a company, and a plant-year's verification
/// statement, as files: CSV, Excel, JSON (docs/formats/inventory-report.md) and PDF.</summary>
public static class InventoryReportsApi
{
    public static readonly string[] Formats = ["csv", "xlsx", "json", "pdf"];

    public static void MapInventoryReportsApi(this IEndpointRouteBuilder app)
    {
        var plants = app.MapGroup("/api/plants/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Reports");
        plants.MapGet("/report.{format}", PlantAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        plants.MapGet("/verification-statement.pdf", StatementPdfAsync).RequireAccess(ResourceKind.Plant, AccessAction.Read);
        app.MapGroup("/api/companies/{id:int}/years/{year:int}").RequireAuthorization().WithTags("Reports")
            .MapGet("/report.{format}", CompanyAsync).RequireAccess(ResourceKind.Company, AccessAction.Read);
    }

    public static async Task<IResult> PlantAsync(int id, int year, string format, InventoryReportBuilder builder, [AsParameters] ReportServices s, CancellationToken ct)
    {
        if (Refuse(year, format) is { } refusal)
        {
            return refusal;
        }

        var report = await builder.PlantAsync(id, year, ct);
        var name = $"co2-inventory-plant-{id.ToString(CultureInfo.InvariantCulture)}-{year.ToString(CultureInfo.InvariantCulture)}";
        if (format == "pdf")
        {
            var body = await s.Html.RenderAsync<PlantInventoryReportView>(new Dictionary<string, object?> { ["Report"] = report });
            return await s.Printer.PdfAsync(Document($"{report.PlantCode} {year}", body), name + ".pdf", ct);
        }

        return File([report], null, year, format, name);
    }

    public static async Task<IResult> CompanyAsync(int id, int year, string format, InventoryReportBuilder builder, [AsParameters] ReportServices s, CancellationToken ct)
    {
        if (Refuse(year, format) is { } refusal)
        {
            return refusal;
        }

        var report = await builder.CompanyAsync(id, year, ct);
        var name = $"co2-inventory-company-{id.ToString(CultureInfo.InvariantCulture)}-{year.ToString(CultureInfo.InvariantCulture)}";
        if (format == "pdf")
        {
            var body = await s.Html.RenderAsync<CompanyInventoryReportView>(new Dictionary<string, object?> { ["Report"] = report });
            return await s.Printer.PdfAsync(Document($"{report.CompanyName} {year}", body), name + ".pdf", ct);
        }

        return File(report.Plants, report, year, format, name);
    }

    public static async Task<IResult> StatementPdfAsync(int id, int year, InventoryReportBuilder builder, [AsParameters] ReportServices s, CancellationToken ct)
    {
        var outcome = await builder.StatementAsync(id, year, ct);
        if (outcome.Value is not { } statement)
        {
            return OutcomeResults.Problem(outcome);
        }

        var body = await s.Html.RenderAsync<VerificationStatementView>(new Dictionary<string, object?> { ["Statement"] = statement });
        return await s.Printer.PdfAsync(Document($"{statement.PlantCode} {year} verification statement", body),
            $"verification-statement-plant-{id.ToString(CultureInfo.InvariantCulture)}-{year.ToString(CultureInfo.InvariantCulture)}-v{statement.Version.ToString(CultureInfo.InvariantCulture)}.pdf", ct);
    }

    /// <summary>The PDF's services: the component renderer and the printer.</summary>
    public sealed record ReportServices(ReportComponentHtml Html, IReportPdfPrinter Printer);

    private static IResult? Refuse(int year, string format)
    {
        if (!PlantYearStore.ValidYear(year))
        {
            return PlantYearAnswers.BadYear();
        }

        return Formats.Contains(format, StringComparer.Ordinal) ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"one of {string.Join(", ", Formats)}"] }, title: "Unknown report format");
    }

    private static string Document(string title, string body) =>
        ReportHtmlDocument.Wrap(title, body, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is { Length: 2 } l and not "iv" ? l : "en");

    private static IResult File(IReadOnlyList<PlantInventoryReport> plants, CompanyInventoryReport? company, int year, string format, string name) => format switch
    {
        "csv" => TypedResults.File(InventoryReportCsv.Write(plants, company), "text/csv; charset=utf-8", name + ".csv"),
        "xlsx" => TypedResults.File(InventoryReportXlsx.Write(plants, company), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
        _ => TypedResults.File(InventoryReportJson.Write(plants, company, year), "application/json", name + ".json"),
    };
}
