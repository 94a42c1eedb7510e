using Calcine.Domain.Recp;
using FsCheck.Xunit;

namespace Calcine.Domain.Tests.Recp;

/// <summary>The invariants the contract's definitions imply, on random inputs drawn from a seed.</summary>
public class RecpProperties
{
    [Property(MaxTest = 300)]
    public void Irr_RandomOption_NpvAtTheReportedIrrIsZeroWithin1e6OfCapex(int seed)
    {
        var random = new Random(seed);
        var capex = 1_000 + (random.NextDouble() * 500_000);
        var option = new RecpOption("X", "x", "good-housekeeping", capex, random.Next(1, 26), random.NextDouble() * capex * 0.5, 0, 0, OptionSavings.None);
        var flows = OptionsAppraiser.Flows(option, capex * (0.02 + (random.NextDouble() * 3)));

        var (irr, note) = CashFlows.Irr(flows);

        Assert.Equal(1, CashFlows.SignChanges(flows));
        if (irr is { } rate)
        {
            Assert.Null(note);
            Assert.True(Math.Abs(CashFlows.Npv(flows, rate)) <= 1e-6 * capex, $"NPV at {rate} is {CashFlows.Npv(flows, rate)}");
        }
        else
        {
            Assert.Equal("out-of-range", note);
            Assert.Equal(Math.Sign(CashFlows.Npv(flows, CashFlows.IrrLow)), Math.Sign(CashFlows.Npv(flows, CashFlows.IrrHigh)));
        }
    }

    [Property(MaxTest = 300)]
    public void Mfca_RandomDag_ConservesCostInEveryCentreAndTheSystem(int seed)
    {
        var model = RandomMfca(new Random(seed));

        var r = MfcaCalculator.Calculate(model).Value;

        foreach (var c in r.Centres)
        {
            Near(c.CostIn.Total, c.PositiveProduct.Total + c.MaterialLoss.Total);
            Near(c.CarriedIn.Total + c.Centre.Inputs.Sum(i => i.Cost) + c.Centre.EnergyCost + c.Centre.SystemCost + c.Centre.Losses.Sum(l => l.WasteManagementCost), c.CostIn.Total);
            Near(c.PositiveProduct.Total, c.ProductFlows.Sum(f => f.Cost.Total));
            Near(c.MaterialLoss.Total, c.Losses.Sum(l => l.Cost.Total));
        }

        Near(r.Totals.InputCost.Total, r.Totals.FinalProduct.Total + r.Totals.MaterialLoss.Total);
        Near(r.Totals.InputCost.Material, r.Totals.FinalProduct.Material + r.Totals.MaterialLoss.Material);
        Near(r.Totals.InputCost.Energy, r.Totals.FinalProduct.Energy + r.Totals.MaterialLoss.Energy);
    }

    [Property(MaxTest = 300)]
    public void Baseline_RandomData_ResidualsAreOrthogonalToEachRegressorAndSumToZero(int seed)
    {
        var random = new Random(seed);
        var p = random.Next(1, 4);
        var n = random.Next(p + 2, 61);
        var names = Enumerable.Range(0, p).Select(j => $"x{j}").ToList();
        var slopes = names.Select(_ => (random.NextDouble() * 2_000) - 500).ToArray();
        var months = Enumerable.Range(0, n).Select(i =>
        {
            var values = names.ToDictionary(v => v, _ => 10 + (random.NextDouble() * 500));
            var energy = 300_000 + names.Select((v, j) => slopes[j] * values[v]).Sum() + ((random.NextDouble() - 0.5) * 40_000);
            return new EnergyMonth($"{2000 + (i / 12)}-{(i % 12) + 1:00}", energy, values);
        }).ToList();

        var fit = EnergyBaselineCalculator.Calculate(new EnergyBaselineStudy("e", names, null, months, [months[0]]));

        var model = fit.Value.Model;
        var residuals = fit.Value.Baseline.Select(b => b.Residual_kWh).ToArray();
        Assert.True(Math.Abs(residuals.Sum()) <= 1e-8 * Math.Sqrt(model.Sse * n) + 1e-9, $"sum {residuals.Sum()}");
        for (var j = 0; j < p; j++)
        {
            var x = months.Select(m => m.Values[names[j]]).ToArray();
            var dot = residuals.Select((e, i) => e * x[i]).Sum();
            var scale = Math.Sqrt(model.Sse * x.Sum(v => v * v));
            Assert.True(Math.Abs(dot) <= (1e-8 * scale) + 1e-9, $"x{j}: e·x = {dot}, scale {scale}");
        }
    }

    [Property(MaxTest = 200)]
    public void Portfolio_RandomCaseUpToTwentyOptions_EqualsEnumerationOfEverySubset(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(0, PortfolioSelector.MaxCandidates + 1);
        // Small integers make exact ties in NPV and CAPEX common, so the tie rules are exercised.
        var capex = Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 12) * 1_000).ToArray();
        var npv = Enumerable.Range(0, n).Select(_ => random.Next(0, 3) == 0 ? random.Next(1, 6) * 1_000.0 : random.NextDouble() * 9_000).ToArray();
        var budget = random.Next(0, 40) * 1_000.0;

        Assert.Equal(Enumerate(capex, npv, budget), PortfolioSelector.BestSubset(capex, npv, budget));
    }

    [Fact]
    public void IdsBefore_PrefixAndFirstDifference_FollowOrdinalListOrder()
    {
        Assert.True(PortfolioSelector.IdsBefore(0b001, 0b011));
        Assert.False(PortfolioSelector.IdsBefore(0b011, 0b001));
        Assert.True(PortfolioSelector.IdsBefore(0b011, 0b101));
        Assert.True(PortfolioSelector.IdsBefore(0, 0b1));
        Assert.True(PortfolioSelector.IdsBefore(0b110, 0b100));
        Assert.True(PortfolioSelector.IdsBefore(0b100, 0b110) is false);
        Assert.True(PortfolioSelector.IdsBefore(0b110, 0b1000));
    }

    /// <summary>The contract's rule read literally over all 2^n subsets.</summary>
    private static int Enumerate(double[] capex, double[] npv, double budget)
    {
        var n = capex.Length;
        var subsets = new List<(int Mask, double Capex, double Npv)>();
        for (var mask = 0; mask < 1 << n; mask++)
        {
            double c = 0, v = 0;
            for (var i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    c += capex[i];
                    v += npv[i];
                }
            }

            if (c <= budget + 1e-6)
            {
                subsets.Add((mask, c, v));
            }
        }

        var best = subsets.Max(s => s.Npv);
        var nearBest = subsets.Where(s => s.Npv >= best - (1e-6 * Math.Max(1, Math.Abs(best)))).ToList();
        var least = nearBest.Min(s => s.Capex);
        return nearBest.Where(s => s.Capex <= least + 1e-6)
            .Select(s => s.Mask)
            .OrderBy(m => string.Join(",", Enumerable.Range(0, n).Where(i => (m & (1 << i)) != 0).Select(i => $"{i:00}")), StringComparer.Ordinal)
            .First();
    }

    private static MfcaModel RandomMfca(Random random)
    {
        var count = random.Next(1, 16);
        var centres = new List<MfcaCentre>();
        var received = new double[count];
        for (var i = 0; i < count; i++)
        {
            List<MfcaInput> inputs = received[i] == 0 || random.Next(2) == 0 ? [new MfcaInput("in", 1 + (random.NextDouble() * 1_000), random.NextDouble() * 5_000)] : [];
            var available = received[i] + inputs.Sum(x => x.Kg);
            var products = new List<MfcaProduct>();
            var sent = 0.0;
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                int? to = i + 1 < count && random.Next(3) > 0 ? random.Next(i + 1, count) : null;
                var kg = available * random.NextDouble() * 0.3;
                products.Add(new MfcaProduct(null, to, kg));
                sent += kg;
                if (to is { } t)
                {
                    received[t] += kg;
                }
            }

            List<MfcaLoss> losses = [new MfcaLoss("loss", Math.Max(1e-3, available - sent) * (0.9 + (random.NextDouble() * 0.2)), random.NextDouble() * 100)];
            centres.Add(new MfcaCentre($"c{i}", null, inputs, random.NextDouble() * 500, random.NextDouble() * 500, products, losses));
        }

        return new MfcaModel("e", "AZN", null, 0.01, centres);
    }

    private static void Near(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{expected} vs {actual}");
}
