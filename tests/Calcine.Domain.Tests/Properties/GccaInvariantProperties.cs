using System.Text.Json.Nodes;
using Calcine.Application.Co2.Document;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using FsCheck.Xunit;

namespace Calcine.Domain.Tests.Properties;

/// <summary>Invariants of the GCCA engine over random valid plant-years, each read through the real
/// reader (so every generated document must also be accepted by it).</summary>
public class GccaInvariantProperties
{
    private const int Cases = 150;

    [Property(Arbitrary = [typeof(PlantYearGenerators)], MaxTest = Cases)]
    public void Gcca_EveryMassScaledByK_AbsolutesScaleByKAndRatiosStay(PlantYearSpec spec, Scale scale)
    {
        var once = GccaCalculator.Calculate(Read(spec.ToJson()));
        var scaled = GccaCalculator.Calculate(Read(spec.ToJson(scale.K)));

        foreach (var ((name, a), (_, b)) in Absolutes(once).Zip(Absolutes(scaled)))
        {
            Close(a * scale.K, b, name);
        }

        foreach (var ((name, a), (_, b)) in Ratios(once).Zip(Ratios(scaled)))
        {
            Close(a, b, name);
        }
    }

    [Property(Arbitrary = [typeof(PlantYearGenerators)], MaxTest = Cases)]
    public void Gcca_MoreBiogenicShareInAMixedFuel_NeverIncreasesGross(PlantYearSpec spec, MixedFuelPair pair)
    {
        var less = GccaCalculator.Calculate(Read((spec with { Fuels = [.. spec.Fuels, pair.Less] }).ToJson()));
        var more = GccaCalculator.Calculate(Read((spec with { Fuels = [.. spec.Fuels, pair.More] }).ToJson()));

        Assert.True(more.GrossCo2 <= less.GrossCo2, $"gross rose from {less.GrossCo2} to {more.GrossCo2}");
        Assert.True(more.BiomassCo2 >= less.BiomassCo2, $"biomass memo fell from {less.BiomassCo2} to {more.BiomassCo2}");
        // What leaves gross goes to the memo item; on-site power is outside gross either way.
        var leftGross = pair.More.Use == "on-site-power" ? 0m : more.BiomassCo2 - less.BiomassCo2;
        Close(leftGross, less.GrossCo2 - more.GrossCo2, "gross decrease");
    }

    [Property(Arbitrary = [typeof(PlantYearGenerators)], MaxTest = Cases)]
    public void Gcca_PureBiomassFuelAdded_LeavesGrossAndNetUnchanged(PlantYearSpec spec, BiomassFuel biomass)
    {
        var without = GccaCalculator.Calculate(Read(spec.ToJson()));
        var with = GccaCalculator.Calculate(Read((spec with { Fuels = [.. spec.Fuels, biomass.Fuel] }).ToJson()));

        Assert.Equal(without.GrossCo2, with.GrossCo2);
        Assert.Equal(without.NetCo2, with.NetCo2);
        var f = biomass.Fuel;
        Close(without.BiomassCo2 + (f.Mass * f.Lhv * f.Ef / 1000m), with.BiomassCo2, "biomass memo");
    }

    [Property(Arbitrary = [typeof(PlantYearGenerators)], MaxTest = Cases)]
    public void Gcca_AnyDocument_NetAtMostGrossAndGrossAtLeastRawMaterials(PlantYearSpec spec)
    {
        var r = GccaCalculator.Calculate(Read(spec.ToJson()));

        Assert.True(r.NetCo2 <= r.GrossCo2, $"net {r.NetCo2} > gross {r.GrossCo2}");
        Assert.True(r.GrossCo2 >= r.Calcination.Total, $"gross {r.GrossCo2} < raw materials {r.Calcination.Total}");
        Assert.True(r.NetCo2 >= 0m, $"net {r.NetCo2} < 0");
    }

    [Property(Arbitrary = [typeof(PlantYearGenerators)], MaxTest = Cases)]
    public void Gcca_B2WithoutCorrections_HasEf0533831AndEqualsB1WithThatFactor(PlantYearSpec spec)
    {
        var b2 = GccaCalculator.Calculate(Read((spec with { B2 = true, Cao = 0.655m, Mgo = 0.018m, NonCarbonate = [] }).ToJson()));
        var b1 = GccaCalculator.Calculate(Read((spec with { B2 = false, EmissionFactor = 0.533831m }).ToJson()));

        Assert.Equal(0.533831m, b2.Calcination.ClinkerEf);
        foreach (var ((name, a), (_, b)) in Absolutes(b1).Zip(Absolutes(b2)).Concat(Ratios(b1).Zip(Ratios(b2))))
        {
            Close(a, b, name);
        }
    }

    private static PlantYear Read(JsonObject document)
    {
        var json = document.ToJsonString();
        var result = PlantYearReader.Read(json);
        Assert.True(result.Success, $"generated document refused:\n{string.Join("\n", result.Errors)}\n{json}");
        return result.Value;
    }

    /// <summary>Results in tonnes, GJ or t CO2: proportional to the masses.</summary>
    private static IEnumerable<(string, decimal?)> Absolutes(GccaResult r)
    {
        yield return ("clinkerConsumed", r.ClinkerConsumed);
        yield return ("cement", r.Cement);
        yield return ("cementitious", r.Cementitious);
        yield return ("calcination.clinker", r.Calcination.ClinkerCo2);
        yield return ("calcination.bypass", r.Calcination.BypassCo2);
        yield return ("calcination.ckd", r.Calcination.CkdCo2);
        yield return ("calcination.toc", r.Calcination.TocCo2);
        yield return ("rawMaterialCo2", r.Calcination.Total);
        yield return ("kilnFuelCo2", r.KilnFuelCo2);
        yield return ("nonKilnFuelCo2", r.NonKilnFuelCo2);
        yield return ("onSitePowerCo2", r.OnSitePowerCo2);
        yield return ("grossCo2", r.GrossCo2);
        yield return ("netCo2", r.NetCo2);
        yield return ("biomassCo2", r.BiomassCo2);
        yield return ("alternativeFossilCo2", r.AlternativeFossilCo2);
        yield return ("indirectCo2", r.IndirectCo2);
        yield return ("kilnFuelEnergy", r.KilnFuelEnergyGj);
        for (var i = 0; i < r.FuelLines.Count; i++)
        {
            var line = r.FuelLines[i];
            yield return ($"fuel[{i}].energy", line.EnergyGj);
            yield return ($"fuel[{i}].fossil", line.FossilCo2);
            yield return ($"fuel[{i}].biogenic", line.BiogenicCo2);
        }
    }

    /// <summary>Factors, KPIs and specific embedded emissions: independent of the plant's size.</summary>
    private static IEnumerable<(string, decimal?)> Ratios(GccaResult r)
    {
        yield return ("calcinationEf", r.Calcination.ClinkerEf);
        yield return ("ckdCalcinationRate", r.Calcination.CkdCalcinationRate);
        yield return ("ckdEf", r.Calcination.CkdEf);
        yield return ("kpi.grossCo2PerClinker", r.Kpis.GrossCo2PerClinkerKg);
        yield return ("kpi.grossCo2PerCementitious", r.Kpis.GrossCo2PerCementitiousKg);
        yield return ("kpi.netCo2PerCementitious", r.Kpis.NetCo2PerCementitiousKg);
        yield return ("kpi.specificHeat", r.Kpis.SpecificHeatMjPerTonneClinker);
        yield return ("kpi.alternativeFuelRate", r.Kpis.AlternativeFuelRate);
        yield return ("kpi.biomassFuelRate", r.Kpis.BiomassFuelRate);
        yield return ("kpi.clinkerFactor", r.Kpis.ClinkerFactor);
        yield return ("kpi.electricity", r.Kpis.ElectricityKwhPerTonneCement);
        yield return ("cbam.clinker.direct", r.CbamClinker.Direct);
        yield return ("cbam.clinker.indirect", r.CbamClinker.Indirect);
        yield return ("cbam.cement.direct", r.CbamCement.Direct);
        yield return ("cbam.cement.indirect", r.CbamCement.Indirect);
    }

    /// <summary>Equal to 1e-18 relative: decimal keeps 28 digits, so only rounding in the last few may differ.</summary>
    private static void Close(decimal? expected, decimal? actual, string what)
    {
        Assert.True(expected is null == actual is null, $"{what}: expected {expected?.ToString() ?? "null"}, got {actual?.ToString() ?? "null"}");
        if (expected is { } e && actual is { } a)
        {
            var tolerance = (1e-18m * Math.Max(Math.Abs(e), Math.Abs(a))) + 1e-18m;
            Assert.True(Math.Abs(e - a) <= tolerance, $"{what}: expected {e}, got {a}");
        }
    }
}
