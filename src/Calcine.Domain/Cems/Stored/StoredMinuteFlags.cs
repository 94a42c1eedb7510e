namespace Calcine.Domain.Cems.Stored;

/// <summary>A stored stack-minute carries one flag per channel; the evaluators take one flag per
/// minute record (the minute CSV's contract). These rules bring the two together. When every channel
/// carries the same flag — a minute CSV stored as it is — each rule returns that flag, so stored and
/// CSV data give the same results.</summary>
public static class StoredMinuteFlags
{
    /// <summary>The flag of one pollutant's minute when that pollutant is evaluated alone: its own
    /// flag, except that a valid reading which must be corrected to a reference O2 is only as good
    /// as the O2 beside it. No O2, an invalid O2 or an O2 at air (nothing to correct with) makes it
    /// D — or the O2's own flag, when that says why (F, M, C, …).</summary>
    public static DataFlag ForPollutant(DataFlag pollutant, DataFlag? o2Flag, double o2Value, bool correctsToReferenceO2)
    {
        if (!pollutant.IsValid() || !correctsToReferenceO2)
        {
            return pollutant;
        }

        if (o2Flag is not { } o2)
        {
            return DataFlag.D;
        }

        if (!o2.IsValid())
        {
            return o2;
        }

        return double.IsFinite(o2Value) && o2Value >= 0 && o2Value < ConcentrationConversion.AirO2Percent ? pollutant : DataFlag.D;
    }

    /// <summary>The flag of the whole minute record (O2 and every pollutant together), for the
    /// quality analysis, whose rates and detectors are per record. All valid: T if any channel is
    /// T, else N. Otherwise a stop wins (F on any channel: the source is stopped), then the first
    /// invalid flag in channel order. A channel missing from the minute counts as D.</summary>
    public static DataFlag ForRecord(ReadOnlySpan<DataFlag?> channels)
    {
        var anyT = false;
        DataFlag? firstInvalid = null;
        foreach (var channel in channels)
        {
            var flag = channel ?? DataFlag.D;
            if (flag == DataFlag.F)
            {
                return DataFlag.F;
            }

            if (!flag.IsValid())
            {
                firstInvalid ??= flag;
            }

            anyT |= flag == DataFlag.T;
        }

        return firstInvalid ?? (anyT ? DataFlag.T : DataFlag.N);
    }
}
