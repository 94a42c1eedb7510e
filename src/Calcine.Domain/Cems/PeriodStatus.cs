namespace Calcine.Domain.Cems;

/// <summary>What an averaging period (hour or half-hour) is for compliance.</summary>
public enum PeriodStatus : byte
{
    /// <summary>Enough valid minutes: the period has an average.</summary>
    Valid,

    /// <summary>Too few valid minutes, including periods with no records at all inside the data's
    /// span: counts against the capture rate (HJ 75).</summary>
    Invalid,

    /// <summary>More than half of the period's records flagged F: the source was not running;
    /// neither numerator nor denominator.</summary>
    Shutdown,
}
