using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Benchmarking;
using Calcine.TestKit;

namespace Calcine.Domain.Tests.Benchmarking;

/// <summary>An association's plant-years as the benchmark reads them, from a seed: companies of one to
/// three plants, three years, each plant-year's KPI ratios computed by the GCCA engine from a realistic
/// generated plant-year (<see cref="PlantYearGenerator"/>), some years missing or unverified, some
/// plants burning no alternative fuel or biomass (rates of zero), some grinding-only (no per-clinker KPIs).</summary>
public sealed record SeededAssociation(int Seed, IReadOnlyList<int> Companies, IReadOnlyDictionary<int, IReadOnlyList<PlantKpis>> Years)
{
    private static readonly BenchmarkKpi[] PerClinker =
        [BenchmarkKpi.GrossCo2PerClinker, BenchmarkKpi.SpecificHeat, BenchmarkKpi.AlternativeFuelRate, BenchmarkKpi.BiomassFuelRate];

    public static SeededAssociation Generate(int seed, int companies)
    {
        var random = new Random(seed);
        var plants = new List<(int Plant, int Company, bool Grinding, bool NoAlternative, bool NoBiomass)>();
        for (var company = 1; company <= companies; company++)
        {
            var count = random.NextDouble() switch { < 0.55 => 1, < 0.85 => 2, _ => 3 };
            for (var i = 0; i < count; i++)
            {
                plants.Add((plants.Count + 1, company, random.NextDouble() < 0.08, random.NextDouble() < 0.2, random.NextDouble() < 0.35));
            }
        }

        var years = new Dictionary<int, IReadOnlyList<PlantKpis>>();
        foreach (var year in new[] { 2022, 2023, 2024 })
        {
            var documents = PlantYearGenerator.Generate(plants.Count, (seed * 31) + year);
            var members = new List<PlantKpis>();
            foreach (var (p, document) in plants.Zip(documents))
            {
                if (random.NextDouble() < 0.1)
                {
                    continue;
                }

                var ratios = GccaKpiRatios.Of(document, GccaCalculator.Calculate(document)).ToDictionary();
                if (p.Grinding)
                {
                    Array.ForEach(PerClinker, k => ratios.Remove(k));
                }

                Zero(ratios, BenchmarkKpi.AlternativeFuelRate, p.NoAlternative);
                Zero(ratios, BenchmarkKpi.BiomassFuelRate, p.NoAlternative || p.NoBiomass);
                members.Add(new PlantKpis(p.Plant, p.Company, random.NextDouble() < 0.75, ratios));
            }

            years[year] = members;
        }

        return new(seed, [.. Enumerable.Range(1, companies)], years);
    }

    private static void Zero(Dictionary<BenchmarkKpi, KpiRatio> ratios, BenchmarkKpi kpi, bool zero)
    {
        if (zero && ratios.TryGetValue(kpi, out var r))
        {
            ratios[kpi] = r with { Numerator = 0m };
        }
    }

    /// <summary>The issue's case: five plants of four companies, company 1 holding plants 1 and 2, one year,
    /// every year verified.</summary>
    public static SeededAssociation IssueCase()
    {
        var documents = PlantYearGenerator.Generate(5, 7);
        int[] companyOf = [1, 1, 2, 3, 4];
        var members = documents.Select((d, i) => new PlantKpis(i + 1, companyOf[i], true, GccaKpiRatios.Of(d, GccaCalculator.Calculate(d)))).ToList();
        return new(0, [1, 2, 3, 4], new Dictionary<int, IReadOnlyList<PlantKpis>> { [2025] = members });
    }

    public override string ToString() => $"seed {Seed}, {Companies.Count} companies";
}
