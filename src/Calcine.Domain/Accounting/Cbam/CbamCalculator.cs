using Calcine.Domain.Accounting.EuEts;
using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Cbam;

/// <summary>CBAM specific embedded emissions (Implementing Reg. 2023/1773 Annex III) of clinker
/// (a simple good) and cement (a complex good with clinker as precursor). Direct emissions follow
/// the EU ETS rules, so biomass counts unless marked sustainable. Attribution: process CO2 and
/// kiln fuels to clinker, divided by all clinker produced (sold, exported or ground); cement-mill
/// fuels to cement. Fuels of use "other" (vehicles, space heating) and "on-site-power" are not
/// attributed to goods; electricity enters as indirect emissions at the grid factor.</summary>
public static class CbamCalculator
{
    public static CbamResult Calculate(PlantYear py, CalculationTrace? trace = null)
    {
        var m = Methodologies.Cbam;
        var eu = EuMrrCalculator.Calculate(py, trace, m);
        decimal kilnFuel = 0, millFuel = 0, otherFuel = 0, powerFuel = 0;
        foreach (var s in eu.SourceStreams)
        {
            switch (s.Fuel.Use)
            {
                case FuelUse.Kiln:
                    kilnFuel += s.ReportedCo2;
                    break;
                case FuelUse.CementMill:
                    millFuel += s.ReportedCo2;
                    break;
                case FuelUse.Other:
                    otherFuel += s.ReportedCo2;
                    break;
                case FuelUse.OnSitePower:
                    powerFuel += s.ReportedCo2;
                    break;
            }
        }

        var produced = py.Clinker.Produced.Tonnes;
        var attributedClinker = eu.Process.Total + kilnFuel;
        var gridEf = py.Electricity.GridEf?.TonnesCo2PerMegawattHour ?? 0m;
        var gridEfSource = py.Electricity.GridEfSource ?? "$.electricity.gridEf_tCO2_per_MWh";
        var kilnMwh = py.Electricity.MegawattHoursFor(ElectricityUse.Kiln);
        var millMwh = py.Electricity.MegawattHoursFor(ElectricityUse.CementMill);

        // Indirect emissions are known where the electricity is recorded (a recorded 0 MWh is a known zero) and priced.
        // A figure that is not known is null and has no trace step: it is never computed as zero.
        var kilnIndirectKnown = Recorded(py, ElectricityUse.Kiln);
        var millIndirectKnown = Recorded(py, ElectricityUse.CementMill);
        var notDetermined = new List<ValidationError>(3);

        // A grinding plant produces no clinker: there is no clinker good, only cement from bought clinker.
        EmbeddedEmissions? clinkerSee = null;
        if (produced > 0m)
        {
            var clinkerDirect = attributedClinker / produced;
            clinkerSee = new EmbeddedEmissions(clinkerDirect, kilnIndirectKnown ? kilnMwh * gridEf / produced : null);
            if (!kilnIndirectKnown)
            {
                notDetermined.Add(new("$.electricity.consumption", "no electricity consumption of the kiln (use kiln) is recorded: the indirect embedded emissions of clinker cannot be determined"));
            }

            trace?.Add("cbam.clinker", "SEE of clinker (direct)", "(process CO2 + kiln fuel CO2) / clinker produced", clinkerDirect, "t CO2/t clinker",
                new TraceInput("attributed", attributedClinker, "t CO2", "process + kiln source streams"),
                new TraceInput("clinker produced", produced, "t", "$.clinker.produced_t"));
            if (clinkerSee.Indirect is { } clinkerIndirect)
            {
                trace?.Add("cbam.clinker.indirect", "SEE of clinker (indirect)", "kiln MWh × grid EF / clinker produced", clinkerIndirect, "t CO2/t clinker",
                    new TraceInput("kiln MWh", kilnMwh, "MWh", "$.electricity.consumption (use kiln, grid and on-site)"),
                    new TraceInput("grid EF", gridEf, "t CO2/MWh", gridEfSource));
            }
        }

        var use = ClinkerUse.Of(py);
        var cement = py.CementTotal.Tonnes;
        var precursors = new List<CbamPrecursor>(2);
        if (use.OwnUsed > 0m)
        {
            // The document checks (EuMethods) refuse own clinker without production, so clinkerSee is set here.
            precursors.Add(new CbamPrecursor("Cement clinker", CbamGoods.ClinkerCode, "own production", use.OwnUsed,
                clinkerSee ?? throw new InvalidOperationException("own clinker used without clinker produced")));
        }

        if (use.BoughtUsed > 0m)
        {
            precursors.Add(new CbamPrecursor("Cement clinker", CbamGoods.ClinkerCode, "purchased", use.BoughtUsed,
                new EmbeddedEmissions(py.Clinker.BoughtSeeDirect, py.Clinker.BoughtSeeIndirect)));
        }

        CbamGood? cementGood = null;
        if (use.BoughtUsed > 0m && py.Clinker.BoughtSeeDirect is null)
        {
            notDetermined.Add(new("$.clinker.boughtSeeDirect_tCO2_per_t", "bought clinker is ground into cement but its supplier's embedded emissions are not recorded: the direct embedded emissions of cement cannot be determined"));
        }

        if (cement > 0m)
        {
            decimal? direct = millFuel;
            decimal? indirect = millIndirectKnown ? millMwh * gridEf : null;
            if (!millIndirectKnown)
            {
                notDetermined.Add(new("$.electricity.consumption", "no electricity consumption of the cement mill (use cement-mill) is recorded: the indirect embedded emissions of cement cannot be determined"));
            }

            foreach (var p in precursors)
            {
                direct += p.QuantityTonnes * p.See.Direct;
                indirect += p.QuantityTonnes * p.See.Indirect;
            }

            var see = new EmbeddedEmissions(direct / cement, indirect / cement);
            if (see.Direct is { } cementDirect)
            {
                trace?.Add("cbam.cement", "SEE of cement (direct)", "(mill fuel CO2 + Σ precursor quantity × precursor SEE) / cement", cementDirect, "t CO2/t cement",
                    new TraceInput("mill fuels", millFuel, "t CO2", "cement-mill source streams"),
                    new TraceInput("own clinker used", use.OwnUsed, "t", "clinker consumed − bought clinker used"),
                    new TraceInput("SEE own clinker", clinkerSee?.Direct ?? 0m, "t CO2/t", Sources.Computed("cbam.clinker")),
                    new TraceInput("bought clinker used", use.BoughtUsed, "t", "min($.clinker.bought_t, clinker consumed)"),
                    new TraceInput("SEE bought clinker", py.Clinker.BoughtSeeDirect ?? 0m, "t CO2/t", "$.clinker.boughtSeeDirect_tCO2_per_t"),
                    new TraceInput("cement", cement, "t", "clinker consumed + mineral components"));
            }

            if (see.Indirect is { } cementIndirect)
            {
                trace?.Add("cbam.cement.indirect", "SEE of cement (indirect)", "(mill MWh × grid EF + Σ precursor quantity × precursor indirect SEE) / cement", cementIndirect, "t CO2/t cement",
                    new TraceInput("mill MWh", millMwh, "MWh", "$.electricity.consumption (use cement-mill, grid and on-site)"),
                    new TraceInput("grid EF", gridEf, "t CO2/MWh", gridEfSource),
                    new TraceInput("own clinker used", use.OwnUsed, "t", "clinker consumed − bought clinker used"),
                    new TraceInput("SEE own clinker", clinkerSee?.Indirect ?? 0m, "t CO2/t", Sources.Computed("cbam.clinker.indirect")),
                    new TraceInput("bought clinker used", use.BoughtUsed, "t", "min($.clinker.bought_t, clinker consumed)"),
                    new TraceInput("SEE bought clinker", py.Clinker.BoughtSeeIndirect, "t CO2/t", "$.clinker.boughtSeeIndirect_tCO2_per_t"),
                    new TraceInput("cement", cement, "t", "clinker consumed + mineral components"));
            }

            var code = py.Cbam?.CementCnCode ?? CbamGoods.DefaultCementCode;
            cementGood = new CbamGood(code, CbamGoods.CementCodes[code], cement, see, py.ClinkerConsumed.Tonnes / cement);
        }

        var clinkerGood = clinkerSee is null ? null : new CbamGood(CbamGoods.ClinkerCode, "Cement clinkers", produced, clinkerSee, null);
        return new CbamResult(attributedClinker, millFuel, kilnMwh, millMwh, gridEf, clinkerGood, cementGood, precursors,
            eu.BiomassZeroRatedCo2, eu.BiomassCountedCo2, trace)
        {
            BoughtClinkerUnused = py.Clinker.Bought.Tonnes - use.BoughtUsed,
            Process = eu.Process,
            OtherFuelCo2 = otherFuel,
            OnSitePowerFuelCo2 = powerFuel,
            NotDetermined = notDetermined,
        };
    }

    private static bool Recorded(PlantYear py, ElectricityUse use) =>
        py.Electricity.GridEf is not null && py.Electricity.Consumption.Any(c => c.Use == use);
}
