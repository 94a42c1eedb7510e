namespace Calcine.Domain.Cems.Quality;

/// <summary>HJ 212-2017 Appendix C, notes to C.16–C.18, for flue gas: an aggregate (minute of
/// real-time values, hour of minutes, day of hours) is flagged N when more than 75 % of its
/// lower-level values are normal, otherwise D. "Normal" is flag N only: T (over range), F, C, M, S,
/// D, B and unknown codes are not normal. The flag says whether the data were normal; whether the
/// aggregate is valid (45 minutes, 20 hours) and whether the source ran are separate questions.</summary>
public static class FlagRollup
{
    /// <summary>The aggregate flag from counts. <paramref name="lowerValues"/> is the denominator:
    /// callers pass the number expected (60 minutes, 24 hours) or received, whichever is larger, so
    /// a missing value is not a normal one.</summary>
    public static DataFlag Aggregate(int normalValues, int lowerValues)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(normalValues);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(normalValues, lowerValues);

        // "More than 75 %" in integers: normal / lower > 3 / 4.
        return lowerValues > 0 && (long)normalValues * 4 > (long)lowerValues * 3 ? DataFlag.N : DataFlag.D;
    }

    /// <summary>The aggregate flag of the lower-level flags received, out of at least
    /// <paramref name="expectedValues"/> (12 real-time values of 5 s in a minute, 60 minutes in an
    /// hour, 24 hours in a day).</summary>
    public static DataFlag Aggregate(ReadOnlySpan<DataFlag> lowerFlags, int expectedValues)
    {
        var normal = 0;
        foreach (var f in lowerFlags)
        {
            if (f == DataFlag.N)
            {
                normal++;
            }
        }

        return Aggregate(normal, Math.Max(lowerFlags.Length, expectedValues));
    }
}
