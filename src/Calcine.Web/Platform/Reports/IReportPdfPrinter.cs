namespace Calcine.Web.Platform.Reports;

/// <summary>Prints a self-contained HTML document (see <see cref="ReportHtmlDocument"/>) to PDF.</summary>
public interface IReportPdfPrinter
{
    /// <exception cref="ReportPdfUnavailableException">No browser to print with, or it failed.</exception>
    Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken);
}

/// <summary>The platform cannot print PDF here (no Chromium, or it failed); endpoints answer 503 with the message.</summary>
public sealed class ReportPdfUnavailableException(string message) : Exception(message);
