namespace Calcine.Domain.Roadmaps.Library;

/// <summary>The sectoral decarbonisation approach with a market-share factor of 1
/// (shared/docs/reference/roadmap.md §5): a company converges from its base-year intensity to the
/// sector pathway, I_c(t) = (I_c(b) − I_s(b))·p(t) + I_s(t), p(t) = (I_s(t) − I_s(end)) / (I_s(b) − I_s(end)).</summary>
public static class SdaPathway
{
    /// <summary>The company's limit in each of <paramref name="years"/>; the sector pathway is read as a
    /// path (interpolated between its keys). When the sector pathway is flat from b to its end the
    /// company keeps its own intensity minus nothing (p = 1).</summary>
    public static IReadOnlyDictionary<int, double> Limits(double companyBase, int baseYear, YearPath sector, IEnumerable<int> years)
    {
        var end = sector.Years[^1];
        var sBase = sector.At(baseYear);
        var sEnd = sector.At(end);
        var result = new SortedDictionary<int, double>();
        foreach (var t in years)
        {
            var p = sBase == sEnd ? 1.0 : (sector.At(t) - sEnd) / (sBase - sEnd);
            result[t] = Math.Max(0, ((companyBase - sBase) * p) + sector.At(t));
        }

        return result;
    }
}
