namespace Calcine.Web.Platform.Reports;

/// <summary>Configuration section "Reports".</summary>
public sealed class ReportPdfOptions
{
    public const string Section = "Reports";

    /// <summary>The headless browser that prints PDF; Debian's Chromium by default.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>A print that takes longer is killed: a report is a few pages.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Chromium needs about 150 MiB per print; more at once would only queue on the cores.</summary>
    public int MaxConcurrentPrints { get; set; } = 2;
}
