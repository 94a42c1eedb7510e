namespace Calcine.Domain.Recp;

/// <summary>Appraises every option of a study, ranks them by the weighted score and, with a CAPEX
/// budget, picks the exact best portfolio (recp-format.md A).</summary>
public static class OptionsAppraiser
{
    /// <summary>Scores closer than this are tied and ordered by id.</summary>
    public const double ScoreTieTolerance = 1e-9;

    public static OptionsAppraisalResult Appraise(RecpOptionsStudy study)
    {
        var single = study.Options.Select(o => AppraiseOne(study, o)).ToList();
        var scored = Score(single, study.Weights);
        var ranking = RankOrder(scored);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ranking.Count; i++)
        {
            ranks[ranking[i].Option.Id] = i + 1;
        }

        var options = scored.Select(a => a with { Rank = ranks[a.Option.Id] }).ToList();
        var portfolio = study.CapexBudget is { } budget ? PortfolioSelector.Select(options, budget) : null;
        return new OptionsAppraisalResult(study, options, [.. ranking.Select(a => a.Option.Id)], portfolio);
    }

    /// <summary>Steps 1–8 for one option; score and rank are filled in over all options.</summary>
    public static OptionAppraisal AppraiseOne(RecpOptionsStudy study, RecpOption option)
    {
        var prices = study.Prices;
        var s = option.Savings;
        var electricityMWh = s.Electricity_MWh ?? 0;
        var waterM3 = s.Water_m3 ?? 0;
        var streams = new StreamValues(
            Electricity: s.Electricity_MWh is { } e ? e * prices.Electricity!.PricePerMWh : 0,
            Fuels: s.Fuels_GJ.Sum(f => f.Amount * Fuel(prices, f.Name).PricePerGJ),
            Water: s.Water_m3 is { } w ? w * prices.WaterPricePerM3!.Value : 0,
            Materials: s.Materials_t.Sum(m => m.Amount * Find(prices.Materials, m.Name).PerTonne),
            Wastes: s.Wastes_t.Sum(m => m.Amount * Find(prices.Wastes, m.Name).PerTonne),
            Other: option.OtherSavingsPerYear);
        var gross = streams.Total;
        var net = gross - option.OpexPerYear;
        var rate = study.DiscountRate;
        var life = option.LifeYears;
        var flows = Flows(option, net);
        var npv = CashFlows.Npv(flows, rate);
        var (irr, note) = CashFlows.Irr(flows);
        var crf = CashFlows.CapitalRecoveryFactor(rate, life);
        var annualisedCapex = (option.Capex - (option.Salvage * CashFlows.DiscountFactor(rate, life))) * crf;
        var co2 = (s.Electricity_MWh is { } em ? em * prices.Electricity!.GridEf_tCO2_per_MWh : 0)
            + s.Fuels_GJ.Sum(f => f.Amount * Fuel(prices, f.Name).Ef_kgCO2_per_GJ / 1000);
        return new OptionAppraisal(
            option,
            streams,
            gross,
            net,
            SimplePayback_years: net > 0 ? option.Capex / net : null,
            DiscountedPayback_years: option.Capex == 0 ? (net > 0 ? 0 : null) : CashFlows.DiscountedPayback(flows, rate),
            npv,
            irr,
            note,
            annualisedCapex,
            CostPerTco2Avoided: co2 > 0 ? (annualisedCapex - net) / co2 : null,
            co2,
            co2 * life,
            electricityMWh,
            s.Fuels_GJ.Sum(f => f.Amount),
            waterM3,
            s.Materials_t.Sum(m => m.Amount),
            s.Wastes_t.Sum(m => m.Amount),
            new ScoreParts(0, 0, 0),
            0,
            0);
    }

    /// <summary>CF_0 = −C; CF_t = S for 1 ≤ t &lt; L; CF_L = S + V.</summary>
    public static double[] Flows(RecpOption option, double annualNetSaving)
    {
        var flows = new double[option.LifeYears + 1];
        flows[0] = -option.Capex;
        for (var t = 1; t <= option.LifeYears; t++)
        {
            flows[t] = annualNetSaving;
        }

        flows[option.LifeYears] += option.Salvage;
        return flows;
    }

    private static List<OptionAppraisal> Score(List<OptionAppraisal> options, ScoreWeights w)
    {
        var (npvMin, npvMax) = (options.Min(o => o.Npv), options.Max(o => o.Npv));
        var (co2Min, co2Max) = (options.Min(o => o.Co2Avoided_t_per_year), options.Max(o => o.Co2Avoided_t_per_year));
        return [.. options.Select(o =>
        {
            var parts = new ScoreParts(
                Normalise(o.Npv, npvMin, npvMax),
                o.SimplePayback_years is { } pb ? Math.Max(0, 1 - (pb / o.Option.LifeYears)) : 0,
                Normalise(o.Co2Avoided_t_per_year, co2Min, co2Max));
            return o with { ScoreParts = parts, Score = (w.Npv * parts.Npv) + (w.Payback * parts.Payback) + (w.Co2 * parts.Co2) };
        })];
    }

    private static double Normalise(double v, double min, double max) => max == min ? 1 : (v - min) / (max - min);

    /// <summary>Highest score first, near-ties by id. Insertion sort: the tie rule is not transitive,
    /// and this order is the contract's pairwise rule applied left to right, never an exception.</summary>
    private static List<OptionAppraisal> RankOrder(List<OptionAppraisal> options)
    {
        var order = new List<OptionAppraisal>(options.Count);
        foreach (var o in options)
        {
            var at = order.Count;
            while (at > 0 && Before(o, order[at - 1]))
            {
                at--;
            }

            order.Insert(at, o);
        }

        return order;
    }

    private static bool Before(OptionAppraisal a, OptionAppraisal b) =>
        Math.Abs(a.Score - b.Score) <= ScoreTieTolerance
            ? string.CompareOrdinal(a.Option.Id, b.Option.Id) < 0
            : a.Score > b.Score;

    private static FuelPrice Fuel(RecpPrices prices, string name) =>
        prices.Fuels.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no price for fuel {name}");

    private static PricePerTonne Find(IReadOnlyList<PricePerTonne> list, string name) =>
        list.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no price for {name}");
}
