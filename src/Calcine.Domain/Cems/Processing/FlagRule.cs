namespace Calcine.Domain.Cems.Processing;

/// <summary>HJ 212-2017 Appendix C (notes to C.16–C.18), flue gas: an aggregate is flagged N when
/// more than 75 % of its lower-level values are normal, otherwise D. Two refinements the standard
/// leaves open, both documented in docs/methods/cems-processing.md: a value over range (T) is a
/// measurement and counts as normal; an aggregate whose values are mostly F (source stopped) is F,
/// not an instrument fault.</summary>
public static class FlagRule
{
    public const double NormalShare = 0.75;

    public static DataFlag Aggregate(int total, int normal, int stopped)
    {
        if (total <= 0)
        {
            return DataFlag.D;
        }

        if (normal > NormalShare * total)
        {
            return DataFlag.N;
        }

        return stopped * 2 > total ? DataFlag.F : DataFlag.D;
    }
}
