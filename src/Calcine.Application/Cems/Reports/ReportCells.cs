using System.Globalization;
using Calcine.Application.Files;

namespace Calcine.Application.Cems.Reports;

/// <summary>Cell values of the stack reports as pages show them: instants as the files write them
/// (<see cref="CellText"/>), offsets as +hh:mm.</summary>
public static class ReportCells
{
    public static string Instant(DateTime utc) => CellText.Instant(utc);

    public static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture);
}

/// <summary>One section of a report as rows under a header: a sheet of the workbook.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
