using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Roadmaps.Library;

namespace Calcine.Domain.Roadmaps.Baselines;

/// <summary>One derived value of a road-map baseline and where it came from: the scenario field it
/// fills, the formula, and the inventory steps (ids of the GCCA trace of the same plant-year) or
/// assumptions it was computed from.</summary>
public sealed record BaselineTrace(string Field, double Value, string Unit, string Formula, IReadOnlyList<string> InventorySteps, ValueSource? Assumption = null);

/// <summary>The base year's CO2 as the inventory states it against what the baseline reproduces in the
/// road map's BAU, and why they differ (fuels the road map does not model).</summary>
public sealed record BaselineReconciliation(
    double InventoryGross_tCO2,
    double RoadmapScope1_tCO2,
    double NotModelled_tCO2,
    double InventoryIndirect_tCO2,
    double? GridEf_tCO2_per_MWh);

/// <summary>The price a kiln fuel is charged at in the road map, and where that price comes from.</summary>
public sealed record FuelPrice(double Price_USD_per_GJ, ValueSource Source);

/// <summary>A plant's road-map baseline with its trace.</summary>
public sealed record DerivedBaseline(
    double KilnCapacity_t,
    PlantBaseline Baseline,
    IReadOnlyList<BaselineTrace> Traces,
    BaselineReconciliation Reconciliation,
    IReadOnlyList<string> Warnings);

/// <summary>Maps a computed GCCA inventory onto the scenario format's baseline
/// (docs/methods/roadmap.md, "Baselines from verified data"). Nothing is recomputed: every value is
/// a quotient of figures the inventory already holds.</summary>
public static class BaselineDerivation
{
    public static DerivedBaseline Derive(PlantYear py, GccaResult gcca, Func<Fuel, FuelPrice> price, double utilisation)
    {
        var warnings = new List<string>();
        var traces = new List<BaselineTrace>();
        var clinker = (double)py.Clinker.Produced.Tonnes;
        var cement = (double)gcca.Cement;
        if (clinker <= 0 || cement <= 0)
        {
            throw new ArgumentException("The plant-year has no clinker or no cement; a road-map baseline needs both.", nameof(py));
        }

        traces.Add(new("baseline.clinker_t", clinker, "t", "clinker produced", ["clinkerConsumed"]));
        traces.Add(new("baseline.cement_t", cement, "t", "cement (line020) = clinker consumed + mineral components", ["cement"]));
        if (gcca.ClinkerConsumed != py.Clinker.Produced.Tonnes)
        {
            warnings.Add($"clinker traded or stocked: the road map's clinker factor clinker_t / cement_t = {clinker / cement:0.####} differs from the inventory's {(double)gcca.ClinkerConsumed / cement:0.####} (clinker consumed / cement); clinker_t stays the clinker produced so that the kiln's CO2 is the inventory's");
        }

        var kilnLines = gcca.FuelLines.Select((l, i) => (Line: l, Index: i)).Where(x => x.Line.Fuel.Use == FuelUse.Kiln && x.Line.EnergyGj > 0).ToList();
        var kilnEnergy = (double)gcca.KilnFuelEnergyGj;
        if (kilnLines.Count == 0 || kilnEnergy <= 0)
        {
            throw new ArgumentException("The plant-year has no kiln fuel; a road-map baseline needs the kiln's fuel mix.", nameof(py));
        }

        var heat = kilnEnergy / clinker;
        traces.Add(new("baseline.thermalEnergy_GJ_per_tClinker", heat, "GJ/t clinker", "kiln fuel GJ / clinker produced", ["kpi.specificHeat"]));
        var process = (double)gcca.Calcination.Total / clinker;
        traces.Add(new("baseline.processCo2_tCO2_per_tClinker", process, "t CO2/t clinker", "CO2 from raw materials (line039, incl. bypass, CKD and TOC) / clinker produced", ["calcination.total"]));
        var mwh = (double)py.Electricity.TotalMegawattHours;
        traces.Add(new("baseline.electricity_MWh_per_tCement", mwh / cement, "MWh/t cement", "all electricity consumed (every use and source) / cement", ["kpi.electricity"]));

        var fuels = new List<RoadmapFuel>();
        foreach (var (line, index) in kilnLines)
        {
            var energy = (double)line.EnergyGj;
            var share = energy / kilnEnergy;
            var ef = (double)line.TotalCo2 / energy;
            var bio = (double)line.Fuel.BiogenicShare;
            var p = price(line.Fuel);
            var at = $"baseline.fuels[{fuels.Count}]";
            traces.Add(new($"{at}.share", share, "fraction", $"energy of {line.Fuel.Name} / kiln fuel GJ", [$"fuel[{index}]", "kpi.specificHeat"]));
            traces.Add(new($"{at}.ef_tCO2_per_GJ", ef, "t CO2/GJ", "total CO2 of the line / its energy (EF / 1000)", [$"fuel[{index}]"]));
            traces.Add(new($"{at}.biogenicFraction", bio, "fraction", "the line's biogenic share", [$"fuel[{index}]"]));
            traces.Add(new($"{at}.price_USD_per_GJ", p.Price_USD_per_GJ, "USD/GJ", "fuel price table (not in the inventory)", [], p.Source));
            fuels.Add(new RoadmapFuel(line.Fuel.Name, share, ef, bio, p.Price_USD_per_GJ));
        }

        var capacity = clinker / utilisation;
        traces.Add(new("kilnCapacity_t", capacity, "t clinker/yr", $"clinker produced / utilisation {utilisation:0.###}", ["clinkerConsumed"],
            new ValueSource("MPP reference kiln at 91.3 % utilisation (shared/docs/reference/roadmap.md §2.3); replace by the kiln's rated capacity", Confidence.Assumption)));

        var fossil = kilnLines.Sum(x => (double)x.Line.FossilCo2);
        var scope1 = (double)gcca.Calcination.Total + fossil;
        var gross = (double)gcca.GrossCo2;
        if (Math.Abs(gross - scope1) > 1e-9 * Math.Max(1, gross))
        {
            warnings.Add($"{gross - scope1:0.###} t CO2 of non-kiln fuels (cement mills, other uses) are in the inventory's gross CO2 but not in the road map, which models kiln fuels only");
        }

        var gridEf = py.Electricity.GridEf is { } g ? (double?)(double)g.TonnesCo2PerMegawattHour : null;
        if (py.Electricity.Consumption.Any(c => c.Source == ElectricitySource.OnSite))
        {
            warnings.Add("part of the electricity is generated on site; the road map buys all electricity from the grid");
        }

        var baseline = new PlantBaseline(clinker, cement, heat, process, mwh / cement, fuels);
        return new DerivedBaseline(capacity, baseline, traces,
            new BaselineReconciliation(gross, scope1, gross - scope1, (double)gcca.IndirectCo2, gridEf), warnings);
    }
}
