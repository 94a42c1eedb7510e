namespace Calcine.Domain.Roadmaps;

public enum MaccStatus
{
    Applied,
    NotYetAvailable,
    ExcludedGroup,
    ExcludedRequires,
}

/// <summary>One lever of a plant's MACC; the figures are null unless it is applied.</summary>
public sealed record MaccLever(
    Lever Lever,
    MaccStatus Status,
    double? Abatement_tCO2,
    double? Captured_tCO2,
    double? CapexAnnuity_USD,
    double? Opex_USD,
    double? Energy_USD)
{
    /// <summary>capexAnnuity + opex + energy: the carbon cost is left out, so the MAC is the
    /// lever's break-even carbon price.</summary>
    public double? AnnualisedCost_USD => Status == MaccStatus.Applied ? CapexAnnuity_USD + Opex_USD + Energy_USD : null;

    public double? Mac_USD_per_tCO2 => Abatement_tCO2 > 0 ? AnnualisedCost_USD / Abatement_tCO2 : null;
}

public sealed record MaccPoint(string LeverId, double Mac_USD_per_tCO2, double Abatement_tCO2, double CumulativeAbatement_tCO2);

public sealed record PlantMacc(string PlantId, double Bau_tCO2, double Final_tCO2, IReadOnlyList<MaccLever> Levers, IReadOnlyList<MaccPoint> Curve);

public sealed record MaccResult(int Year, IReadOnlyList<PlantMacc> Plants);

/// <summary>The interaction-aware MACC of each plant in one year (the contract's steps 1–6).</summary>
public static class MaccCalculator
{
    public static MaccResult Compute(RoadmapModel model, int year) =>
        new(year, [.. Enumerable.Range(0, model.Scenario.Plants.Count).Select(p => ForPlant(model, p, year))]);

    public static PlantMacc ForPlant(RoadmapModel model, int plant, int year)
    {
        var levers = model.Scenario.Levers;
        var order = model.PlantLevers[plant];
        var status = new Dictionary<int, MaccStatus>();
        foreach (var l in order)
        {
            status[l] = levers[l].EarliestYear > year ? MaccStatus.NotYetAvailable : MaccStatus.Applied;
        }

        ExcludeUnmetRequires(model, status);
        KeepOnePerGroup(model, plant, year, status);
        ExcludeUnmetRequires(model, status);

        var yi = model.YearIndex(year);
        var prices = model.Years[yi];
        var state = model.BauState(plant, yi);
        var bau = state.Quantities(prices);
        var current = bau;
        var rows = new List<MaccLever>();
        foreach (var l in order)
        {
            if (status[l] != MaccStatus.Applied)
            {
                rows.Add(new MaccLever(levers[l], status[l], null, null, null, null, null));
                continue;
            }

            var unit = state.Apply(levers[l].Effect);
            var after = state.Quantities(prices);
            rows.Add(new MaccLever(
                levers[l],
                MaccStatus.Applied,
                current.Co2_tCO2 - after.Co2_tCO2,
                after.Captured_tCO2 - current.Captured_tCO2,
                model.CapexAnnuity(plant, l),
                model.Opex(plant, l, unit),
                after.Energy_USD - current.Energy_USD));
            current = after;
        }

        return new PlantMacc(model.Scenario.Plants[plant].Id, bau.Co2_tCO2, current.Co2_tCO2, rows, Curve(rows));
    }

    private static List<MaccPoint> Curve(List<MaccLever> rows)
    {
        var onCurve = rows.Where(r => r.Status == MaccStatus.Applied && r.Abatement_tCO2 > 0)
            .OrderBy(r => r.Mac_USD_per_tCO2!.Value)
            .ThenBy(r => r.Lever.Id, StringComparer.Ordinal);
        var curve = new List<MaccPoint>();
        double cumulative = 0;
        foreach (var r in onCurve)
        {
            cumulative += r.Abatement_tCO2!.Value;
            curve.Add(new MaccPoint(r.Lever.Id, r.Mac_USD_per_tCO2!.Value, r.Abatement_tCO2.Value, cumulative));
        }

        return curve;
    }

    /// <summary>A candidate requiring a lever that is not a candidate is excluded, until nothing changes.</summary>
    private static void ExcludeUnmetRequires(RoadmapModel model, Dictionary<int, MaccStatus> status)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var l in status.Keys.ToList())
            {
                if (status[l] != MaccStatus.Applied)
                {
                    continue;
                }

                var missing = model.Scenario.Levers[l].Requires.Any(r =>
                    !model.LeverIndex.TryGetValue(r, out var ri) || !status.TryGetValue(ri, out var s) || s != MaccStatus.Applied);
                if (missing)
                {
                    status[l] = MaccStatus.ExcludedRequires;
                    changed = true;
                }
            }
        }
        while (changed);
    }

    /// <summary>Each candidate of a group applied alone to the BAU state; the first by (A &gt; 0,
    /// C/A, id) stays, the others are excluded.</summary>
    private static void KeepOnePerGroup(RoadmapModel model, int plant, int year, Dictionary<int, MaccStatus> status)
    {
        var levers = model.Scenario.Levers;
        var groups = status.Keys
            .Where(l => status[l] == MaccStatus.Applied && levers[l].ExclusiveGroup is not null)
            .GroupBy(l => levers[l].ExclusiveGroup!, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var ranked = g.Select(l => (Lever: l, Alone: Alone(model, plant, year, l)))
                .OrderBy(x => x.Alone.Abatement > 0 ? 0 : 1)
                .ThenBy(x => x.Alone.Abatement > 0 ? x.Alone.Cost / x.Alone.Abatement : 0)
                .ThenBy(x => levers[x.Lever].Id, StringComparer.Ordinal)
                .ToList();
            foreach (var (l, _) in ranked.Skip(1))
            {
                status[l] = MaccStatus.ExcludedGroup;
            }
        }
    }

    /// <summary>Abatement A and annualised cost C of one lever applied alone to the BAU state of the year.</summary>
    public static (double Abatement, double Cost) Alone(RoadmapModel model, int plant, int year, int lever)
    {
        var yi = model.YearIndex(year);
        var state = model.BauState(plant, yi);
        var before = state.Quantities(model.Years[yi]);
        var unit = state.Apply(model.Scenario.Levers[lever].Effect);
        var after = state.Quantities(model.Years[yi]);
        var cost = model.CapexAnnuity(plant, lever) + model.Opex(plant, lever, unit) + (after.Energy_USD - before.Energy_USD);
        return (before.Co2_tCO2 - after.Co2_tCO2, cost);
    }
}
