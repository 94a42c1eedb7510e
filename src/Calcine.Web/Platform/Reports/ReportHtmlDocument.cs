using System.Net;
using System.Reflection;

namespace Calcine.Web.Platform.Reports;

/// <summary>
/// A report's body wrapped into a document that stands alone: the print stylesheet inlined, and a
/// content security policy that lets the printing browser load nothing (no script, no network, no file).
/// </summary>
public static class ReportHtmlDocument
{
    private static readonly Lazy<string> PrintCss = new(ReadPrintCss);

    public static string Wrap(string title, string bodyHtml, string language = "en") =>
        $$"""
        <!DOCTYPE html>
        <html lang="{{WebUtility.HtmlEncode(language)}}">
        <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>
        body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #000; }
        {{PrintCss.Value}}
        </style>
        </head>
        <body><main class="report-document">
        {{bodyHtml}}
        </main></body>
        </html>
        """;

    private static string ReadPrintCss()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Calcine.Web.print.css")
            ?? throw new InvalidOperationException("print.css is not embedded in Calcine.Web.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
