namespace Calcine.Domain.Roadmaps;

/// <summary>A lever at a plant: the first year whose carbon price reaches the lever's MAC in that
/// year's MACC, and that MAC; both null when the price never reaches it or the lever is never on the curve.</summary>
public sealed record LeverBreakEven(string PlantId, string LeverId, int? Year, double? Mac_USD_per_tCO2);

/// <summary>Break-even years from the MACC of every year of the horizon (the MAC moves with prices,
/// demand, the grid and the gates, so each year's own MACC is used).</summary>
public static class BreakEvenCalculator
{
    public static IReadOnlyList<LeverBreakEven> Compute(RoadmapModel model)
    {
        var s = model.Scenario;
        var result = new List<LeverBreakEven>();
        for (var p = 0; p < s.Plants.Count; p++)
        {
            var maccs = model.Years.Select(y => (y.Year, CarbonPrice: y.Carbon, Macc: MaccCalculator.ForPlant(model, p, y.Year))).ToList();
            foreach (var l in Enumerable.Range(0, s.Levers.Count).Where(model.PlantLevers[p].Contains))
            {
                var id = s.Levers[l].Id;
                var hit = maccs
                    .Select(m => (m.Year, m.CarbonPrice, Point: m.Macc.Curve.FirstOrDefault(c => c.LeverId == id)))
                    .FirstOrDefault(m => m.Point is not null && m.CarbonPrice >= m.Point.Mac_USD_per_tCO2);
                result.Add(hit.Point is null
                    ? new LeverBreakEven(s.Plants[p].Id, id, null, null)
                    : new LeverBreakEven(s.Plants[p].Id, id, hit.Year, hit.Point.Mac_USD_per_tCO2));
            }
        }

        return result;
    }
}
