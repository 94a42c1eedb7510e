using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Gcca;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps.Association;

/// <summary>A member plant as the association's road map starts from it: its company, code, the year
/// its baseline comes from and the roadmap baseline.</summary>
public sealed record MemberPlantBaseline(int CompanyId, string CompanyName, string PlantCode, int Year, double KilnCapacity_t, PlantBaseline Baseline);

/// <summary>An interim mapping from a verified plant-year's GCCA inventory to a roadmap baseline, used
/// until the platform's baseline service (issue 12, item 4) is wired in: clinker factor, thermal
/// energy, process CO2 and electricity as the inventory computes them; the kiln fuels as one fossil and
/// one biomass fuel; prices and the kiln capacity (clinker at 90 % utilisation) are assumptions
/// (docs/methods/roadmap-association.md).</summary>
public static class MemberBaselines
{
    public const double Utilisation = 0.9;
    public const double FossilFuelPrice_USD_per_GJ = 6.0;
    public const double BiomassPrice_USD_per_GJ = 3.0;
    public const double BiomassEf_tCO2_per_GJ = 0.112;

    public static (double KilnCapacity_t, PlantBaseline Baseline) Of(PlantYear py, GccaResult gcca)
    {
        var produced = (double)py.Clinker.Produced.Tonnes;
        var cement = (double)gcca.Cement;
        var kilnEnergy = (double)gcca.KilnFuelEnergyGj;
        if (produced <= 0 || cement <= 0 || kilnEnergy <= 0)
        {
            throw new ArgumentException("A road-map baseline needs clinker produced, cement and kiln fuel energy.", nameof(py));
        }

        var biomassShare = (double)(gcca.Kpis.BiomassFuelRate ?? 0m);
        var fossilShare = 1 - biomassShare;
        List<RoadmapFuel> fuels = [];
        if (fossilShare > 0)
        {
            fuels.Add(new RoadmapFuel("kiln fuels (fossil)", fossilShare, (double)gcca.KilnFuelCo2 / (kilnEnergy * fossilShare), 0, FossilFuelPrice_USD_per_GJ));
        }

        if (biomassShare > 0)
        {
            fuels.Add(new RoadmapFuel("biomass", biomassShare, BiomassEf_tCO2_per_GJ, 1, BiomassPrice_USD_per_GJ));
        }

        var baseline = new PlantBaseline(
            Clinker_t: (double)gcca.ClinkerConsumed,
            Cement_t: cement,
            ThermalEnergy_GJ_per_tClinker: kilnEnergy / produced,
            ProcessCo2_tCO2_per_tClinker: (double)gcca.Calcination.Total / produced,
            Electricity_MWh_per_tCement: (double)(gcca.Kpis.ElectricityKwhPerTonneCement ?? 0m) / 1000,
            Fuels: fuels);
        return (produced / Utilisation, baseline);
    }
}
