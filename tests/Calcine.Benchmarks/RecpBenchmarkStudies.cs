using Calcine.Domain.Recp;

namespace Calcine.Benchmarks;

/// <summary>Synthetic RECP studies of a given size from a fixed seed.</summary>
public static class RecpBenchmarkStudies
{
    /// <summary><paramref name="count"/> options, of which exactly <paramref name="candidates"/> have a
    /// positive NPV and a CAPEX within the budget; the budget holds about half of them.</summary>
    public static RecpOptionsStudy Options(int count, int candidates)
    {
        var random = new Random(14);
        var prices = new RecpPrices(new ElectricityPrice(110, 0.44), [new FuelPrice("gas", 6, 56.1)], 1.2, [], []);
        var list = new List<RecpOption>();
        for (var i = 0; i < count; i++)
        {
            var capex = 10_000 + (random.NextDouble() * 90_000);
            var good = i < candidates;
            // Candidates pay back in 1–2.5 years over 5–15; the others lose money (NPV < 0) or cost more than the budget.
            var saving = good ? capex / (1 + (random.NextDouble() * 1.5)) : -1_000 * random.NextDouble();
            var savings = good
                ? new OptionSavings(saving / 110, [new NamedQuantity("gas", random.NextDouble() * 500)], random.NextDouble() * 100, [], [])
                : new OptionSavings(saving / 110, [], null, [], []);
            list.Add(new RecpOption($"OPT-{i:000}", "option", PreventionCategories.All[i % 8], good || i % 2 == 0 ? capex : 2_000_000, random.Next(good ? 5 : 3, 16), 0, 0, 0, savings));
        }

        return new RecpOptionsStudy("bench", "AZN", 0.1, 500_000, ScoreWeights.Default, prices, list);
    }

    public static EnergyBaselineStudy Baseline(int months, int variables)
    {
        var random = new Random(14);
        var names = Enumerable.Range(0, variables).Select(j => $"x{j}").ToList();
        EnergyMonth Month(int i) => new(
            $"{2020 + (i / 12)}-{(i % 12) + 1:00}",
            0,
            names.ToDictionary(n => n, _ => 50 + (random.NextDouble() * 200)));
        var all = Enumerable.Range(0, months + 12).Select(Month)
            .Select(m => m with { Energy_kWh = 40_000 + m.Values.Values.Select((v, j) => v * (100 + (50 * j))).Sum() + (random.NextDouble() * 5_000) })
            .ToList();
        return new EnergyBaselineStudy("bench", names, "x0", all[..months], all[months..]);
    }

    /// <summary>A branching line: centre i sends product to i + 1 and, every third centre, to i + 2 as well.</summary>
    public static MfcaModel Mfca(int centres)
    {
        var random = new Random(14);
        var list = new List<MfcaCentre>();
        for (var i = 0; i < centres; i++)
        {
            var products = new List<MfcaProduct>();
            if (i + 1 < centres)
            {
                products.Add(new MfcaProduct(null, i + 1, 900 + (random.NextDouble() * 50)));
            }

            if (i + 2 < centres && i % 3 == 0)
            {
                products.Add(new MfcaProduct(null, i + 2, 50));
            }

            if (products.Count == 0)
            {
                products.Add(new MfcaProduct(null, null, 900));
            }

            list.Add(new MfcaCentre($"c{i}", null, [new MfcaInput("in", 100 + (random.NextDouble() * 50), 1_000)], 200, 300, products, [new MfcaLoss("loss", 60 + (random.NextDouble() * 20), 15)]));
        }

        return new MfcaModel("bench", "AZN", null, 0.01, list);
    }
}
