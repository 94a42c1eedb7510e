namespace Calcine.Domain.Roadmaps;

/// <summary>An adoption plan: per plant (plants[] order) and lever (levers[] order) the adoption
/// year, or 0 for never. Read as a flat list it is the contract's key.</summary>
public sealed class AdoptionPlan
{
    private readonly int[][] years;

    public AdoptionPlan(int[][] years) => this.years = years;

    public static AdoptionPlan Never(int plants, int levers) => new([.. Enumerable.Range(0, plants).Select(_ => new int[levers])]);

    public int PlantCount => years.Length;

    /// <summary>The adoption year of a lever at a plant, 0 for never.</summary>
    public int Year(int plant, int lever) => years[plant][lever];

    public IReadOnlyList<int> PlantKey(int plant) => years[plant];

    /// <summary>The levers (bit per index into levers[]) active at a plant in a year: adopted in it or before.</summary>
    public ulong ActiveMask(int plant, int year)
    {
        ulong mask = 0;
        var row = years[plant];
        for (var l = 0; l < row.Length; l++)
        {
            if (row[l] != 0 && row[l] <= year)
            {
                mask |= 1UL << l;
            }
        }

        return mask;
    }

    /// <summary>Key order: at the first difference never (0) before any year, an earlier year before a later one.</summary>
    public static int CompareKeys(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            var c = CompareValue(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    public static int CompareValue(int a, int b) => a == b ? 0 : a == 0 ? -1 : b == 0 ? 1 : a.CompareTo(b);

    public int CompareTo(AdoptionPlan other)
    {
        for (var p = 0; p < years.Length; p++)
        {
            var c = CompareKeys(years[p], other.years[p]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
