using Calcine.Domain.Roadmaps;
using Calcine.Domain.Roadmaps.Baselines;
using Calcine.Domain.Roadmaps.Library;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>What a composed scenario is made of: the presets by id, the horizon and the money rate.</summary>
public sealed record ComposeSpec(
    string Id,
    string? Name,
    string Target = "national-cap",
    string CarbonPrice = "eu-ets",
    string Grid = "inventory",
    string ElectricityPrice = "flat-60",
    int? StartYear = null,
    int EndYear = 2050,
    double DiscountRate = 0.08,
    double DemandGrowthPerYear = 0);

/// <summary>One plant of a composed scenario: its id, company, name and baseline derived from a plant-year.</summary>
public sealed record ComposePlant(string Id, string Company, string Name, int Year, DerivedBaseline Derived);

/// <summary>Builds a <c>roadmap-scenario/1</c> from derived baselines, a lever library and presets.</summary>
public static class ScenarioComposer
{
    /// <summary>The scenario, or the name of the preset or year that is not known (a field error).</summary>
    public static (RoadmapScenario? Scenario, Dictionary<string, string[]> Errors) Compose(ComposeSpec spec, IReadOnlyList<ComposePlant> plants, IReadOnlyList<LeverCard> library)
    {
        var errors = new Dictionary<string, string[]>();
        var baseYear = plants.Max(p => p.Year);
        var start = spec.StartYear ?? Math.Max(baseYear + 1, 2025);
        if (start < baseYear || start > spec.EndYear || spec.EndYear > RoadmapScenarioReader.MaxYear)
        {
            errors["startYear"] = [$"the horizon {start}..{spec.EndYear} must start at or after the base year {baseYear} and end after it starts"];
        }

        var carbon = RoadmapPresets.Find(RoadmapPresets.CarbonPrices, spec.CarbonPrice);
        var electricity = RoadmapPresets.Find(RoadmapPresets.ElectricityPrices, spec.ElectricityPrice);
        var inventoryGrid = plants.Select(p => p.Derived.Reconciliation.GridEf_tCO2_per_MWh).FirstOrDefault(g => g is not null);
        var grid = spec.Grid == "inventory"
            ? inventoryGrid is { } g ? RoadmapPresets.GridFromInventory(baseYear, g) : null
            : RoadmapPresets.Find(RoadmapPresets.GridFactors, spec.Grid);
        Unknown(errors, "carbonPrice", carbon, RoadmapPresets.CarbonPrices);
        Unknown(errors, "electricityPrice", electricity, RoadmapPresets.ElectricityPrices);
        Unknown(errors, "grid", grid, RoadmapPresets.GridFactors, spec.Grid == "inventory" ? "the plant-years give no grid factor" : null);
        if (RoadmapPresets.Targets.All(t => t.Id != spec.Target))
        {
            errors["target"] = [$"unknown preset {spec.Target}; expected one of {string.Join(", ", RoadmapPresets.Targets.Select(t => t.Id))}"];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var decisions = new[] { start, 2030, 2035, 2040 }.Where(y => y >= start && y <= spec.EndYear).Distinct().Order().ToList();
        var roadmapPlants = plants.Select(p => new RoadmapPlant(p.Id, p.Company, p.Name, p.Derived.KilnCapacity_t, p.Derived.Baseline, null, null)).ToList();
        var target = Target(spec.Target, plants, grid!.Path.At(baseYear), start, spec.EndYear);
        var scenario = new RoadmapScenario(spec.Id, spec.Name, new RoadmapHorizon(baseYear, start, spec.EndYear), spec.DiscountRate, spec.DemandGrowthPerYear,
            electricity!.Path, carbon!.Path, grid.Path, roadmapPlants, [.. library.Select(c => c.Lever)], decisions,
            decisions.Contains(2030) ? 2030 : start, target);
        return (scenario, errors);
    }

    /// <summary>CO2 of a baseline in its base year, as the contract's BAU state computes it.</summary>
    public static double BaseCo2(PlantBaseline b, double gridEf)
    {
        var fossil = b.Fuels.Sum(f => f.Share * f.Ef_tCO2_per_GJ * (1 - f.BiogenicFraction));
        return (b.Clinker_t * (b.ProcessCo2_tCO2_per_tClinker + (b.ThermalEnergy_GJ_per_tClinker * fossil))) + (b.Electricity_MWh_per_tCement * b.Cement_t * gridEf);
    }

    private static RoadmapTarget Target(string preset, IReadOnlyList<ComposePlant> plants, double gridEf, int start, int end)
    {
        var inHorizon = (int y) => y >= start && y <= end;
        if (preset == "national-cap")
        {
            var total = plants.Sum(p => BaseCo2(p.Derived.Baseline, gridEf));
            var caps = new Dictionary<int, double>();
            foreach (var (year, factor) in new[] { (2030, 0.65), (2035, 0.60), (2040, 0.60), (2050, 0.60) }.Where(x => inHorizon(x.Item1)))
            {
                caps[year] = total * factor;
            }

            return new AnnualCapTarget(caps.Count > 0 ? caps : new Dictionary<int, double> { [end] = total * 0.60 });
        }

        var companies = new List<CompanyIntensityLimit>();
        foreach (var company in plants.GroupBy(p => p.Company, StringComparer.Ordinal))
        {
            var intensity = company.Sum(p => BaseCo2(p.Derived.Baseline, gridEf)) / company.Sum(p => p.Derived.Baseline.Cement_t);
            IReadOnlyDictionary<int, double> limits = preset == "gcca"
                ? new[] { (2030, 0.8 * intensity), (2050, 0.0) }.Where(x => inHorizon(x.Item1)).ToDictionary(x => x.Item1, x => x.Item2)
                : SdaPathway.Limits(intensity, plants.Max(p => p.Year), new YearPath(RoadmapPresets.SbtiSector), new[] { 2030, 2035, 2040, 2045, 2050 }.Where(inHorizon));
            companies.Add(new CompanyIntensityLimit(company.Key, limits.Count > 0 ? limits : new Dictionary<int, double> { [end] = intensity }));
        }

        return new IntensityTarget(companies);
    }

    private static void Unknown(Dictionary<string, string[]> errors, string field, PathPreset? found, IReadOnlyList<PathPreset> presets, string? why = null)
    {
        if (found is null)
        {
            errors[field] = [why ?? $"unknown preset; expected one of {string.Join(", ", presets.Select(p => p.Id))}{(field == "grid" ? ", inventory" : "")}"];
        }
    }
}
