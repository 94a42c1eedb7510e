using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Platform.Reports;

/// <summary>
/// Prints with headless Chromium's own --print-to-pdf: the same engine the browser tests drive, no extra package.
/// Each print gets a private temporary folder (document, profile, output) that is deleted afterwards.
/// </summary>
public sealed class ChromiumReportPdfPrinter(IOptions<ReportPdfOptions> options, ILogger<ChromiumReportPdfPrinter> logger)
    : IReportPdfPrinter, IDisposable
{
    private readonly ReportPdfOptions _options = options.Value;
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentPrints));

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        if (!File.Exists(_options.ChromiumPath))
            throw new ReportPdfUnavailableException($"PDF is not available here: no browser at {_options.ChromiumPath} (Reports:ChromiumPath). Use the printable page instead.");

        await _slots.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory("calcine-pdf-");
        try
        {
            var input = Path.Combine(folder.FullName, "report.html");
            var output = Path.Combine(folder.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, cancellationToken);
            await RunChromiumAsync(folder.FullName, input, output, cancellationToken);
            var pdf = File.Exists(output) ? await File.ReadAllBytesAsync(output, cancellationToken) : [];
            if (pdf.Length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F')
                throw new ReportPdfUnavailableException("PDF printing failed: the browser wrote no PDF. Use the printable page instead.");
            return pdf;
        }
        finally
        {
            _slots.Release();
            TryDelete(folder);
        }
    }

    private async Task RunChromiumAsync(string folder, string input, string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.ChromiumPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments(folder, input, output))
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)
            ?? throw new ReportPdfUnavailableException("PDF printing failed: the browser did not start.");
        // Drain both pipes so a chatty browser never blocks on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested)
                throw;
            throw new ReportPdfUnavailableException($"PDF printing took longer than {_options.TimeoutSeconds} s and was stopped.");
        }
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
            logger.LogWarning("Chromium exited {Code} printing a report: {Error}", process.ExitCode, stderr.Result);
    }

    private static IEnumerable<string> Arguments(string folder, string input, string output) =>
    [
        "--headless",
        "--no-sandbox", // the host may run as root (containers); the document is our own rendered HTML
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--no-pdf-header-footer",
        $"--user-data-dir={Path.Combine(folder, "profile")}",
        $"--print-to-pdf={output}",
        new Uri(input).AbsoluteUri,
    ];

    private void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not delete the print folder {Folder}", folder.FullName);
        }
    }

    public void Dispose() => _slots.Dispose();
}
