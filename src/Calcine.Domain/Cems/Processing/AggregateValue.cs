namespace Calcine.Domain.Cems.Processing;

/// <summary>One aggregated value of one channel: the mean of its valid lower-level values (NaN when
/// there are too few), the aggregate's flag, and the counts an auditor needs to recheck it.</summary>
public readonly record struct AggregateValue(double Mean, DataFlag Flag, int Count, int ValidCount)
{
    public bool HasValue => !double.IsNaN(Mean);
}
