namespace Calcine.Domain.Roadmaps;

/// <summary>A company's capital spending in one year: CAPEX of levers adopted that year and of
/// levers renewed that year (adopted lifeYears, 2·lifeYears, … earlier).</summary>
public sealed record CompanyInvestment(string Company, int Year, double Adoption_USD, double Renewal_USD)
{
    public double Total_USD => Adoption_USD + Renewal_USD;
}

/// <summary>The investment schedule of a plan per company (in order of first appearance in plants[])
/// and year (startYear..endYear). The contract charges a lever's annuity every year from adoption to
/// the end year, which pays for a replacement at end of life; the schedule shows that replacement as
/// a renewal in the year adoption + k·lifeYears (k ≥ 1) when that year is within the horizon.</summary>
public static class InvestmentSchedule
{
    public static IReadOnlyList<CompanyInvestment> Compute(RoadmapModel model, AdoptionPlan plan)
    {
        var s = model.Scenario;
        var companies = s.Plants.Select(p => p.Company).Distinct(StringComparer.Ordinal).ToList();
        var adoption = new Dictionary<(string, int), double>();
        var renewal = new Dictionary<(string, int), double>();
        for (var p = 0; p < s.Plants.Count; p++)
        {
            for (var l = 0; l < s.Levers.Count; l++)
            {
                var year = plan.Year(p, l);
                if (year == 0)
                {
                    continue;
                }

                var company = s.Plants[p].Company;
                Add(adoption, (company, year), model.Investment(p, l));
                for (var r = year + s.Levers[l].LifeYears; r <= s.Horizon.EndYear; r += s.Levers[l].LifeYears)
                {
                    Add(renewal, (company, r), model.Investment(p, l));
                }
            }
        }

        return [.. companies.SelectMany(c => s.Horizon.Years.Select(y =>
            new CompanyInvestment(c, y, adoption.GetValueOrDefault((c, y)), renewal.GetValueOrDefault((c, y)))))];
    }

    private static void Add(Dictionary<(string, int), double> sums, (string, int) key, double value) =>
        sums[key] = sums.GetValueOrDefault(key) + value;
}
