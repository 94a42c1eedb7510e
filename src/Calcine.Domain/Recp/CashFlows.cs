namespace Calcine.Domain.Recp;

/// <summary>Discounting of year-end cash flows CF_0..CF_L: NPV, discounted payback and the IRR with
/// the contract's uniqueness rule (one sign change, root bracketed in [−0.99, 10]).</summary>
public static class CashFlows
{
    public const double IrrLow = -0.99;
    public const double IrrHigh = 10;

    public static double DiscountFactor(double rate, int year) => Math.Pow(1 + rate, -year);

    public static double Npv(IReadOnlyList<double> flows, double rate)
    {
        var sum = 0.0;
        for (var t = 0; t < flows.Count; t++)
        {
            sum += flows[t] * DiscountFactor(rate, t);
        }

        return sum;
    }

    /// <summary>Years until the discounted cumulative cash flow turns non-negative, linear within the
    /// year it does; null when not recovered within the life. CF_0 = −C with C &gt; 0.</summary>
    public static double? DiscountedPayback(IReadOnlyList<double> flows, double rate)
    {
        var cumulative = flows[0];
        for (var k = 1; k < flows.Count; k++)
        {
            var discounted = flows[k] * DiscountFactor(rate, k);
            var next = cumulative + discounted;
            if (next >= 0)
            {
                return k - 1 + (-cumulative / discounted);
            }

            cumulative = next;
        }

        return null;
    }

    public static int SignChanges(IReadOnlyList<double> flows)
    {
        var changes = 0;
        var last = 0;
        foreach (var f in flows)
        {
            var sign = Math.Sign(f);
            if (sign == 0)
            {
                continue;
            }

            if (last != 0 && sign != last)
            {
                changes++;
            }

            last = sign;
        }

        return changes;
    }

    /// <summary>The IRR when the contract allows one, else null with the reason.</summary>
    public static (double? Irr, string? Note) Irr(IReadOnlyList<double> flows)
    {
        var changes = SignChanges(flows);
        if (changes == 0)
        {
            return (null, "no-sign-change");
        }

        if (changes > 1)
        {
            // Descartes' bound allows more than one root: no IRR is reported, judge by NPV.
            return (null, "multiple-sign-changes");
        }

        double lo = IrrLow, hi = IrrHigh;
        var fLo = Npv(flows, lo);
        var fHi = Npv(flows, hi);
        if (fLo == 0 || fHi == 0 || Math.Sign(fLo) == Math.Sign(fHi))
        {
            return (null, "out-of-range");
        }

        // Bisection until lo and hi are neighbouring doubles (well past the contract's 1e-11), so the
        // NPV at the reported rate is as close to 0 as double arithmetic allows even where it is steep.
        while (true)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            var fMid = Npv(flows, mid);
            if (fMid == 0)
            {
                return (mid, null);
            }

            if (Math.Sign(fMid) == Math.Sign(fLo))
            {
                lo = mid;
                fLo = fMid;
            }
            else
            {
                hi = mid;
            }
        }

        return (Math.Abs(fLo) <= Math.Abs(Npv(flows, hi)) ? lo : hi, null);
    }

    /// <summary>Capital recovery factor r(1+r)^L / ((1+r)^L − 1), 1/L at r = 0.</summary>
    public static double CapitalRecoveryFactor(double rate, int life)
    {
        if (rate == 0)
        {
            return 1.0 / life;
        }

        var g = Math.Pow(1 + rate, life);
        return rate * g / (g - 1);
    }
}
