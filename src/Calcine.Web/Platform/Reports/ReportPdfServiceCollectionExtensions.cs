namespace Calcine.Web.Platform.Reports;

public static class ReportPdfServiceCollectionExtensions
{
    public static IServiceCollection AddReportPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportPdfOptions>(configuration.GetSection(ReportPdfOptions.Section));
        services.AddSingleton<IReportPdfPrinter, ChromiumReportPdfPrinter>();
        services.AddScoped<ReportComponentHtml>();
        return services;
    }

    /// <summary>A PDF download, or 503 naming why the platform cannot print here.</summary>
    public static async Task<IResult> PdfAsync(this IReportPdfPrinter printer, string html, string fileName, CancellationToken ct)
    {
        try
        {
            return Results.File(await printer.PrintAsync(html, ct), "application/pdf", fileName);
        }
        catch (ReportPdfUnavailableException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
