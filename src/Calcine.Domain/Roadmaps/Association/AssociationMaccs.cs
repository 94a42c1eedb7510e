using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Roadmaps.Association;

/// <summary>The association's MACC of one year: every plant's interaction-aware MACC (the contract's), its
/// curve's levers added up by lever id. A bar is shown when its abatement and its annualised cost each pass
/// the rule as sums, and its MAC is not within the closeness of any plant's or company's own MAC of that lever.
/// No total potential is published, so a withheld bar cannot be recovered from the shown ones.</summary>
public static class AssociationMaccs
{
    public static AssociationMacc Compute(IReadOnlyList<MemberPart> parts, int year, BenchmarkPolicy policy)
    {
        var abatement = new Dictionary<string, List<Contribution>>(StringComparer.Ordinal);
        var cost = new Dictionary<string, List<Contribution>>(StringComparer.Ordinal);
        var category = new Dictionary<string, LeverCategory>(StringComparer.Ordinal);
        foreach (var m in parts)
        {
            foreach (var p in m.Plants)
            {
                foreach (var point in MaccCalculator.ForPlant(m.Model, p, year).Curve)
                {
                    Add(abatement, point.LeverId, new Contribution(m.CompanyId, m.PlantKey(p), point.Abatement_tCO2));
                    Add(cost, point.LeverId, new Contribution(m.CompanyId, m.PlantKey(p), point.Mac_USD_per_tCO2 * point.Abatement_tCO2));
                    category[point.LeverId] = m.Model.Scenario.Levers[m.Model.LeverIndex[point.LeverId]].Category;
                }
            }
        }

        var prices = parts.Select(m => m.Model.Scenario.CarbonPrice.At(year)).Distinct().ToList();
        var bars = abatement.Keys.Select(id => Bar(id, category[id], abatement[id], cost[id], policy)).ToList();
        return new AssociationMacc(year, [.. bars.Where(b => b.Mac_USD_per_tCO2.IsShown).OrderBy(b => b.Mac_USD_per_tCO2.Value).ThenBy(b => b.LeverId, StringComparer.Ordinal),
            .. bars.Where(b => !b.Mac_USD_per_tCO2.IsShown).OrderBy(b => b.LeverId, StringComparer.Ordinal)],
            prices.Count == 1 ? prices[0] : null);
    }

    private static MaccBar Bar(string id, LeverCategory category, List<Contribution> abatement, List<Contribution> cost, BenchmarkPolicy policy)
    {
        var width = FigureDisclosure.Sum(abatement, policy);
        var costCheck = FigureDisclosure.Sum(cost, policy);
        if (!width.IsShown || !costCheck.IsShown)
        {
            var reason = width.Reason ?? costCheck.Reason!.Value;
            return new MaccBar(id, category, width.IsShown ? PublishedFigure.Withheld(SuppressionReason.Complementary) : width, PublishedFigure.Withheld(reason));
        }

        var mac = costCheck.Value!.Value / width.Value!.Value;
        var own = abatement.Zip(cost, (a, c) => (a.CompanyId, a.PlantKey, Abatement: a.Value, Cost: c.Value)).ToList();
        var memberMacs = own.Select(o => o.Cost / o.Abatement)
            .Concat(own.GroupBy(o => o.CompanyId).Select(g => g.Sum(o => o.Cost) / g.Sum(o => o.Abatement)));
        var figure = FigureDisclosure.Ratio(mac, abatement, memberMacs, policy);
        return figure.IsShown
            ? new MaccBar(id, category, width, figure)
            : new MaccBar(id, category, PublishedFigure.Withheld(SuppressionReason.Complementary), figure);
    }

    private static void Add(Dictionary<string, List<Contribution>> sums, string id, Contribution c)
    {
        if (!sums.TryGetValue(id, out var list))
        {
            sums[id] = list = [];
        }

        list.Add(c);
    }
}
