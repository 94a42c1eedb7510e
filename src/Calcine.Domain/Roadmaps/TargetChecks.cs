namespace Calcine.Domain.Roadmaps;

/// <summary>One check of the target: company is null unless the target is an intensity target.</summary>
public sealed record TargetCheck(int Year, string? Company, double Limit, double Value)
{
    public bool Met => RoadmapTarget.Met(Value, Limit);
}

/// <summary>The checks of a target against CO2 per plant and year, in the contract's order (by year,
/// then in the target's company order), and a plan's first violated year.</summary>
public static class TargetChecks
{
    /// <param name="co2">CO2 per plant and year index (startYear..endYear).</param>
    public static List<TargetCheck> Evaluate(RoadmapModel model, Func<int, int, double> co2, Func<int, int, double> cement)
    {
        var s = model.Scenario;
        var plants = s.Plants.Count;
        var checks = new List<TargetCheck>();
        switch (s.Target)
        {
            case AnnualCapTarget cap:
                foreach (var (year, limit) in cap.Cap_tCO2.OrderBy(kv => kv.Key))
                {
                    var yi = model.YearIndex(year);
                    var total = 0.0;
                    for (var p = 0; p < plants; p++)
                    {
                        total += co2(p, yi);
                    }

                    checks.Add(new TargetCheck(year, null, limit, total));
                }

                break;
            case IntensityTarget intensity:
                var byYear = intensity.Companies
                    .SelectMany(c => c.Limit_tCO2_per_tCement.Select(kv => (Year: kv.Key, c.Company, Limit: kv.Value)))
                    .OrderBy(x => x.Year);
                foreach (var (year, company, limit) in byYear)
                {
                    var yi = model.YearIndex(year);
                    double e = 0, d = 0;
                    for (var p = 0; p < plants; p++)
                    {
                        if (s.Plants[p].Company == company)
                        {
                            e += co2(p, yi);
                            d += cement(p, yi);
                        }
                    }

                    checks.Add(new TargetCheck(year, company, limit, e / d));
                }

                break;
            case CumulativeBudgetTarget budget:
                var sum = 0.0;
                for (var yi = 0; yi < model.Years.Count; yi++)
                {
                    for (var p = 0; p < plants; p++)
                    {
                        sum += co2(p, yi);
                    }
                }

                checks.Add(new TargetCheck(s.Horizon.EndYear, null, budget.Budget_tCO2, sum));
                break;
        }

        return checks;
    }

    /// <summary>The first violated year of a plan, or null when it meets the target: the earliest
    /// checked year with a check not met; for a budget the first year whose running sum exceeds it.</summary>
    public static int? FirstViolatedYear(RoadmapModel model, Func<int, int, double> co2, Func<int, int, double> cement)
    {
        if (model.Scenario.Target is CumulativeBudgetTarget budget)
        {
            var sum = 0.0;
            for (var yi = 0; yi < model.Years.Count; yi++)
            {
                for (var p = 0; p < model.Scenario.Plants.Count; p++)
                {
                    sum += co2(p, yi);
                }

                if (!RoadmapTarget.Met(sum, budget.Budget_tCO2))
                {
                    return model.Years[yi].Year;
                }
            }

            return null;
        }

        return Evaluate(model, co2, cement).FirstOrDefault(c => !c.Met)?.Year;
    }
}
