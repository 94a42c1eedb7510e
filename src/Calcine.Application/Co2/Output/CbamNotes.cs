using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;

namespace Calcine.Application.Co2.Output;

/// <summary>What the CBAM data set leaves out or values by a convention, in words an importer's
/// verifier reads: each note names the quantity and the field to change.</summary>
public static class CbamNotes
{
    public static IEnumerable<string> Of(PlantYear py, CbamResult r)
    {
        var e = py.Electricity;
        var unsplit = e.MegawattHoursFor(ElectricityUse.Plant);
        if (unsplit > 0m)
        {
            yield return $"{N(unsplit)} MWh of electricity are reported for the whole plant (use \"plant\") and are not attributed to clinker or cement; split them into kiln and cement-mill use for CBAM indirect emissions.";
        }

        var onSite = e.Consumption.Where(c => c.Source == ElectricitySource.OnSite && c.Use != ElectricityUse.Plant).Sum(c => c.MegawattHours);
        if (onSite > 0m)
        {
            yield return $"{N(onSite)} MWh of kiln and cement-mill electricity are generated on site and are charged at the grid factor ({N(r.GridEf)} t CO2/MWh), " +
                "not at the emission factor of the on-site generation; the CO2 of the on-site power fuels is not attributed to the goods.";
        }

        if (r.OtherFuelCo2 > 0m)
        {
            yield return $"{N(r.OtherFuelCo2)} t CO2 from fuels of use \"other\" (vehicles, space heating) are installation emissions but are not attributed to clinker or cement.";
        }

        if (r.OnSitePowerFuelCo2 > 0m)
        {
            yield return $"{N(r.OnSitePowerFuelCo2)} t CO2 from fuels of use \"on-site-power\" are not attributed to the goods directly; the electricity they generate enters the indirect emissions.";
        }

        if (r.BiomassCountedCo2 > 0m)
        {
            yield return $"{N(r.BiomassCountedCo2)} t of biomass CO2 count as direct emissions because the fuels are not marked biomassSustainable (RED II criteria).";
        }

        if (py.Clinker.Bought.Tonnes > 0m && py.Clinker.BoughtSeeDirect == 0m)
        {
            yield return "Bought clinker is recorded with zero embedded emissions (clinker.boughtSeeDirect_tCO2_per_t = 0): check the supplier's values.";
        }

        if (r.BoughtClinkerUnused > 0m)
        {
            yield return $"{N(r.BoughtClinkerUnused)} t of the bought clinker exceed the clinker consumed and are not in this year's cement (bought clinker is counted as used first).";
        }

        if (r.Clinker is null)
        {
            yield return "No clinker was produced: the installation grinds bought clinker only, so there is no clinker good and the cement SEE comes from the mill and the bought clinker.";
        }
    }

    private static string N(decimal value) => JsonOut.Invariant(value);
}
