using Calcine.Domain.Cems;

namespace Calcine.Application.Cems;

/// <summary>A minute CSV as read: the series and, for traceability, the raw codes of flags outside
/// HJ 212 Table 8 (they count as invalid minutes).</summary>
public sealed record MinuteCsv(MinuteSeries Series, IReadOnlyDictionary<string, int> OtherFlagCodes);
