using System.Globalization;
using Calcine.Application.Access;
using Calcine.Application.Cems.Reports;
using Calcine.Web.Components.Pages.StackReportPages;
using Calcine.Web.Platform.Access;
using Calcine.Web.Platform.Reports;

namespace Calcine.Web.Platform.Cems.Reports;

/// <summary>The stack reports as files: CSV, Excel and PDF. Access is the stack's (its plant's), as
/// for the stacks API; the query is parsed by the same rules, so a refusal names the same field.</summary>
public static class StackReportsApi
{
    public static void MapStackReportsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/stacks/{id:int}/reports").RequireAuthorization().WithTags("Stack reports");
        foreach (var format in new[] { "csv", "xlsx", "pdf" })
        {
            group.MapGet($"/exceedances.{format}", (int id, string? from, string? to, HttpContext http, CancellationToken ct) => ExceedancesAsync(id, from, to, format, http, ct))
                .RequireAccess(ResourceKind.Stack, AccessAction.Read);
            group.MapGet($"/compliance.{format}", (int id, string? month, HttpContext http, CancellationToken ct) => ComplianceAsync(id, month, format, http, ct))
                .RequireAccess(ResourceKind.Stack, AccessAction.Read);
        }
    }

    public static async Task<IResult> ExceedancesAsync(int id, string? from, string? to, string format, HttpContext http, CancellationToken ct)
    {
        var outcome = await http.RequestServices.GetRequiredService<StackReports>().ExceedancesAsync(id, from, to, ct);
        if (Refusal(outcome) is { } refusal)
        {
            return refusal;
        }

        var report = outcome!.Report!;
        var name = $"stack-{id.ToString(CultureInfo.InvariantCulture)}-exceedances-{report.Header.From}-to-{report.Header.To}";
        return await FileAsync(http, format, name, report.Header, StackReportTables.Exceedances(report),
            () => http.RequestServices.GetRequiredService<ReportComponentHtml>().RenderAsync<ExceedanceReportView>(new Dictionary<string, object?> { ["Report"] = report }),
            $"{report.Header.StackCode} exceedances {report.Header.From} – {report.Header.To}", ct);
    }

    public static async Task<IResult> ComplianceAsync(int id, string? month, string format, HttpContext http, CancellationToken ct)
    {
        var outcome = await http.RequestServices.GetRequiredService<StackReports>().ComplianceAsync(id, month, ct);
        if (Refusal(outcome) is { } refusal)
        {
            return refusal;
        }

        var report = outcome!.Report!;
        var name = $"stack-{id.ToString(CultureInfo.InvariantCulture)}-compliance-{report.Month}";
        return await FileAsync(http, format, name, report.Header, StackReportTables.Compliance(report),
            () => http.RequestServices.GetRequiredService<ReportComponentHtml>().RenderAsync<ComplianceReportView>(new Dictionary<string, object?> { ["Report"] = report }),
            $"{report.Header.StackCode} compliance {report.Month}", ct);
    }

    private static async Task<IResult> FileAsync(HttpContext http, string format, string name, StackReportHeader header, IReadOnlyList<ReportTable> tables,
        Func<Task<string>> body, string title, CancellationToken ct)
    {
        switch (format)
        {
            case "csv":
                return Results.File(StackReportFiles.Csv(header, tables), StackReportFiles.CsvContentType, name + ".csv");
            case "xlsx":
                return Results.File(StackReportFiles.Xlsx(tables), StackReportFiles.XlsxContentType, name + ".xlsx");
            default:
                var html = ReportHtmlDocument.Wrap(title, await body(), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is { Length: 2 } l and not "iv" ? l : "en");
                return await http.RequestServices.GetRequiredService<IReportPdfPrinter>().PdfAsync(html, name + ".pdf", ct);
        }
    }

    /// <summary>400 naming the field, 409 for unusable rules; null when there is a report.</summary>
    private static IResult? Refusal<T>(StackReportOutcome<T>? outcome)
        where T : class => outcome switch
        {
            null => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            { Errors: { } errors } => Results.ValidationProblem(errors, title: "The query is invalid"),
            { Conflict: { } detail } => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The stack's compliance rules are not usable", detail: detail),
            _ => null,
        };
}
