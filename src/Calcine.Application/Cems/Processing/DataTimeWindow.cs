namespace Calcine.Application.Cems.Processing;

/// <summary>Which DataTimes can be real (configuration "Processing:DataTimeWindow"): not further ahead
/// of the server clock at receipt than a logger clock can drift, not older than any backfill or archive
/// replay. A packet outside is stored (its receipt is a fact worth keeping) but never makes a
/// minute, hour or day. Judged against the packet's stored receive time, so a reprocess decides the same.</summary>
public sealed class DataTimeWindow
{
    /// <summary>How far a DataTime may lie ahead of the receive time (logger clock drift).</summary>
    public double MaxAheadMinutes { get; set; } = 15;

    /// <summary>How old a DataTime may be at receipt: ten years, so backfills after an outage and
    /// replays of a logger's archive (`calcine cems replay`) still make minutes, while a DataTime in
    /// 1900 does not. Lower it where a regulator accepts only recent data.</summary>
    public double MaxAgeDays { get; set; } = 3660;

    public bool Contains(DateTime dataTimeUtc, DateTime receivedUtc) =>
        dataTimeUtc <= receivedUtc.AddMinutes(MaxAheadMinutes) && dataTimeUtc >= receivedUtc.AddDays(-MaxAgeDays);
}
