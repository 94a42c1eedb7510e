using Calcine.Domain.Cems.Quality;

namespace Calcine.Domain.Cems.Processing;

/// <summary>The aggregate flag of derived minutes, hours and days: <see cref="FlagRollup"/> (HJ 212
/// Appendix C: N when more than 75 % of the lower-level values are N, otherwise D), with one
/// refinement the standard leaves open, documented in docs/methods/cems-processing.md: an
/// aggregate whose values are mostly F (source stopped) is F, so a stop is not reported as an
/// instrument fault.</summary>
public static class FlagRule
{
    /// <param name="total">Lower-level values expected or received, whichever is larger.</param>
    /// <param name="normal">Values flagged N.</param>
    /// <param name="stopped">Values flagged F.</param>
    public static DataFlag Aggregate(int total, int normal, int stopped)
    {
        if (total <= 0)
        {
            return DataFlag.D;
        }

        var flag = FlagRollup.Aggregate(normal, total);
        return flag == DataFlag.D && stopped * 2 > total ? DataFlag.F : flag;
    }
}
