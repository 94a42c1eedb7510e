namespace Calcine.Domain.Roadmaps.Association;

/// <summary>Adds the members' parts up into the association's road map and passes every figure through
/// the benchmark's disclosure rule (<see cref="FigureDisclosure"/>). Beyond the rule, figures that are
/// linked by an identity are protected together: plan CO2 is withheld when BAU − plan (the year's total
/// abatement) fails the rule, and a year's wedges add up to that total, so withheld categories are pooled
/// and the pool itself must pass (docs/methods/roadmap-association.md).</summary>
public static class AssociationRoadmapCalculator
{
    public static AssociationRoadmap Compute(IReadOnlyList<MemberPart> parts, AssociationOptions options)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("The association's road map needs at least one member.", nameof(parts));
        }

        var horizon = parts[0].Model.Scenario.Horizon;
        if (parts.Any(p => p.Model.Scenario.Horizon.StartYear != horizon.StartYear || p.Model.Scenario.Horizon.EndYear != horizon.EndYear))
        {
            throw new ArgumentException("Every member's scenario must cover the same years.", nameof(parts));
        }

        var years = horizon.Years.ToList();
        var trajectory = new List<TrajectoryPoint>();
        var wedges = new List<WedgeYear>();
        for (var yi = 0; yi < years.Count; yi++)
        {
            var (point, wedge) = Year(parts, options, years[yi], yi);
            trajectory.Add(point);
            wedges.Add(wedge);
        }

        return new AssociationRoadmap(
            options.Mode,
            parts.Select(p => p.CompanyId).Distinct().Count(),
            parts.Sum(p => p.Plants.Count),
            trajectory,
            wedges,
            GccaGlobalSplit.Shares2050,
            [.. options.InvestmentPeriods.Select(period => new InvestmentPeriod(period.From, period.To,
                FigureDisclosure.Sum(Investment(parts, period.From, period.To), options.Policy)))],
            [.. options.MaccYears.Where(y => y >= horizon.StartYear && y <= horizon.EndYear).Select(y => AssociationMaccs.Compute(parts, y, options.Policy))],
            AssociationAssumptions.Of(parts),
            Shares(parts));
    }

    private static (TrajectoryPoint, WedgeYear) Year(IReadOnlyList<MemberPart> parts, AssociationOptions options, int year, int yi)
    {
        var policy = options.Policy;
        var bau = PerPlant(parts, (m, p) => m.Bau.Years[yi].Plants[p].Co2_tCO2);
        var plan = PerPlant(parts, (m, p) => m.PlanRow(p, yi).Co2_tCO2);
        var abatement = PerPlant(parts, (m, p) => m.Bau.Years[yi].Plants[p].Co2_tCO2 - m.PlanRow(p, yi).Co2_tCO2);
        var total = FigureDisclosure.Sum(abatement, policy);
        var planFigure = FigureDisclosure.Sum(plan, policy);
        if (planFigure.IsShown && !total.IsShown)
        {
            planFigure = PublishedFigure.Withheld(SuppressionReason.Complementary);
        }

        double? target = options.TargetCap_tCO2.TryGetValue(year, out var cap) ? cap : null;
        return (new TrajectoryPoint(year, FigureDisclosure.Sum(bau, policy), planFigure, target), Wedges(parts, year, yi, total, policy));
    }

    private static WedgeYear Wedges(IReadOnlyList<MemberPart> parts, int year, int yi, PublishedFigure total, Benchmarking.BenchmarkPolicy policy)
    {
        var categories = Enum.GetValues<LeverCategory>();
        var inLibrary = categories.ToDictionary(c => c, c => parts.Any(m => m.Model.Scenario.Levers.Any(l => l.Category == c)));
        var byCategory = categories.ToDictionary(c => c, _ => new List<Contribution>());
        foreach (var m in parts)
        {
            foreach (var p in m.Plants)
            {
                var active = m.Plan?.Plan.ActiveMask(p, year) ?? 0;
                var split = CategoryAttribution.ByCategory(m.Model, p, yi, active);
                foreach (var c in categories)
                {
                    byCategory[c].Add(new Contribution(m.CompanyId, m.PlantKey(p), split[(int)c]));
                }
            }
        }

        if (!total.IsShown)
        {
            return new WedgeYear(year, [.. categories.Select(c => new WedgeCell(c, inLibrary[c],
                inLibrary[c] ? PublishedFigure.Withheld(SuppressionReason.Complementary) : PublishedFigure.Shown(0)))],
                PublishedFigure.Withheld(SuppressionReason.Complementary), total);
        }

        var cells = categories.ToDictionary(c => c, c => inLibrary[c] ? FigureDisclosure.Sum(byCategory[c], policy) : PublishedFigure.Shown(0));
        var pool = categories.Where(c => inLibrary[c] && !cells[c].IsShown).ToList();
        var pooled = PublishedFigure.Shown(0);
        if (pool.Count > 0)
        {
            pooled = FigureDisclosure.Sum(pool.SelectMany(c => byCategory[c]), policy);
            while (!pooled.IsShown)
            {
                // The pool is the total less the shown cells: the smallest shown cell joins it until it passes.
                var next = categories.Where(c => inLibrary[c] && cells[c].IsShown).OrderBy(c => Math.Abs(cells[c].Value!.Value)).ThenBy(c => c)
                    .Select(c => (LeverCategory?)c).FirstOrDefault();
                if (next is not { } smallest)
                {
                    break;
                }

                cells[smallest] = PublishedFigure.Withheld(SuppressionReason.Complementary);
                pool.Add(smallest);
                pooled = FigureDisclosure.Sum(pool.SelectMany(c => byCategory[c]), policy);
            }
        }

        return new WedgeYear(year, [.. categories.Select(c => new WedgeCell(c, inLibrary[c], cells[c]))], pooled, total);
    }

    private static List<Contribution> PerPlant(IReadOnlyList<MemberPart> parts, Func<MemberPart, int, double> value) =>
        [.. parts.SelectMany(m => m.Plants.Select(p => new Contribution(m.CompanyId, m.PlantKey(p), value(m, p))))];

    /// <summary>CAPEX per plant in From..To: levers adopted in those years and renewals (adoption +
    /// k·lifeYears) falling in them, as the investment schedule counts them.</summary>
    private static List<Contribution> Investment(IReadOnlyList<MemberPart> parts, int from, int to)
    {
        var result = new List<Contribution>();
        foreach (var m in parts)
        {
            var s = m.Model.Scenario;
            foreach (var p in m.Plants)
            {
                var sum = 0.0;
                for (var l = 0; l < s.Levers.Count; l++)
                {
                    var adopted = m.AdoptionYear(p, l);
                    for (var y = adopted; adopted != 0 && y <= Math.Min(to, s.Horizon.EndYear); y += s.Levers[l].LifeYears)
                    {
                        if (y >= from)
                        {
                            sum += m.Model.Investment(p, l);
                        }
                    }
                }

                result.Add(new Contribution(m.CompanyId, m.PlantKey(p), sum));
            }
        }

        return result;
    }

    private static List<CompanyShare> Shares(IReadOnlyList<MemberPart> parts)
    {
        var raw = parts.GroupBy(m => m.CompanyId).Select(g =>
        {
            double abated = 0, cost = 0;
            foreach (var m in g)
            {
                for (var yi = 0; yi < m.Bau.Years.Count; yi++)
                {
                    foreach (var p in m.Plants)
                    {
                        abated += m.Bau.Years[yi].Plants[p].Co2_tCO2 - m.PlanRow(p, yi).Co2_tCO2;
                        cost += m.Bau.Years[yi].DiscountFactor * (m.PlanRow(p, yi).Cost_USD - m.Bau.Years[yi].Plants[p].Cost_USD);
                    }
                }
            }

            return (Company: g.Key, Abated: abated, Cost: cost);
        }).ToList();
        var totalAbated = raw.Sum(r => r.Abated);
        var totalCost = raw.Sum(r => r.Cost);
        return [.. raw.Select(r => new CompanyShare(r.Company, r.Abated, r.Cost,
            totalAbated == 0 ? 0 : r.Abated / totalAbated, totalCost == 0 ? 0 : r.Cost / totalCost))];
    }
}
