using Calcine.Domain.Results;

namespace Calcine.Application.Recp.MeterData;

/// <summary>A cell of an uploaded table: where it is (<c>B3</c>, or <c>Sheet1!B3</c> in a workbook), its
/// text, its number when the workbook stored one, and why it cannot be used (a formula, an error value).</summary>
public readonly record struct MeterCell(string Reference, string Text, double? StoredNumber, string? Problem = null);

/// <summary>A header row and the data rows of a CSV file or a workbook's first sheet, before any rule
/// of the meter data is applied. <paramref name="Problems"/> are cells that belong to no column.</summary>
public sealed record MeterTable(IReadOnlyList<MeterCell> Header, IReadOnlyList<IReadOnlyList<MeterCell>> Rows, IReadOnlyList<ValidationError> Problems)
{
    public const int MaxRows = 1200;
    public const int MaxColumns = 26;

    /// <summary>Column letters A..Z (a meter table has at most 26 columns).</summary>
    public static string Column(int index) => ((char)('A' + index)).ToString();
}
