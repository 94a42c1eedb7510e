namespace Calcine.Domain.Roadmaps;

/// <summary>Capital recovery and discounting in real terms.</summary>
public static class Finance
{
    /// <summary>CRF(r, n) = r·(1 + r)^n / ((1 + r)^n − 1), and 1/n when r = 0.</summary>
    public static double CapitalRecoveryFactor(double rate, int lifeYears)
    {
        if (rate == 0)
        {
            return 1.0 / lifeYears;
        }

        var g = Math.Pow(1 + rate, lifeYears);
        return rate * g / (g - 1);
    }

    /// <summary>DF(t) = (1 + r)^−(t − baseYear).</summary>
    public static double DiscountFactor(double rate, int year, int baseYear) => Math.Pow(1 + rate, -(year - baseYear));
}
