using Calcine.Application.Co2;
using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Results;

namespace Calcine.Application.Regulatory;

/// <summary>Builds the CBAM data set from the domain's CBAM engine. The figures are the engine's;
/// what this adds is the refusal to report a figure the data cannot give: no kiln or mill electricity
/// means the indirect SEE is not determined (the engine would say 0), and bought clinker without its
/// supplier's SEE leaves the cement's direct SEE undetermined.</summary>
public static class CbamDataSetBuilder
{
    public static CbamDataSet Build(RegulatoryYear year, CbamDefaultValues defaults)
    {
        var py = year.Document;
        var installation = Installation(year.Installation, py);
        var missing = new List<ValidationError>(year.Errors);
        if (py is not null && Co2Report.CheckInputs(py, Methodologies.Cbam.Id) is { Count: > 0 } lacks)
        {
            missing.AddRange(lacks);
        }

        if (py is null || missing.Count > 0)
        {
            return new(installation, year.Year, year.YearStatus, "", [], null, [], null, null, missing, [], defaults.Source, defaults.Verified);
        }

        var r = CbamCalculator.Calculate(py);
        var kilnElectricityKnown = r.KilnElectricityMwh > 0m;
        var millElectricityKnown = r.MillElectricityMwh > 0m;
        var use = ClinkerUse.Of(py);
        var boughtSeeKnown = use.BoughtUsed == 0m || py.Clinker.BoughtSeeDirect > 0m;

        if (r.Clinker is not null && !kilnElectricityKnown)
        {
            missing.Add(new("$.electricity.consumption", "no electricity consumption of the kiln (use kiln) is recorded: the indirect embedded emissions of clinker cannot be determined"));
        }

        if (r.Cement is not null && !millElectricityKnown)
        {
            missing.Add(new("$.electricity.consumption", "no electricity consumption of the cement mill (use cement-mill) is recorded: the indirect embedded emissions of cement cannot be determined"));
        }

        if (!boughtSeeKnown)
        {
            missing.Add(new("$.clinker.boughtSeeDirect_tCO2_per_t", "bought clinker is ground into cement but its supplier's embedded emissions are not recorded: the direct embedded emissions of cement cannot be determined"));
        }

        var goods = new List<CbamGoodLine>(2);
        if (r.Clinker is { } c)
        {
            goods.Add(new(c.CnCode, c.Description, c.ProducedTonnes, c.See.Direct, kilnElectricityKnown ? c.See.Indirect : null, null,
                defaults.Goods.GetValueOrDefault(c.CnCode)));
        }

        if (r.Cement is { } m)
        {
            // The cement's indirect SEE carries the own clinker's: unknown when the kiln's electricity is.
            var indirectKnown = millElectricityKnown && (use.OwnUsed == 0m || kilnElectricityKnown);
            goods.Add(new(m.CnCode, m.Description, m.ProducedTonnes, boughtSeeKnown ? m.See.Direct : null, indirectKnown ? m.See.Indirect : null,
                m.ClinkerFactor, defaults.Goods.GetValueOrDefault(m.CnCode)));
        }

        var precursors = r.Precursors.Select(p => new CbamPrecursorLine(p.Good, p.CnCode, p.Origin, p.QuantityTonnes,
            p.Origin == "purchased" && !boughtSeeKnown ? null : p.See.Direct,
            p.Origin == "purchased" || kilnElectricityKnown ? p.See.Indirect : null)).ToList();
        var electricity = new CbamElectricity(r.KilnElectricityMwh, r.MillElectricityMwh, py.Electricity.GridEf?.TonnesCo2PerMegawattHour,
            py.Electricity.GridEfSource ?? "as stated by the operator in the year's data (electricity.gridEf_tCO2_per_MWh)");
        var emissions = new CbamEmissions(r.AttributedClinkerCo2, r.AttributedCementCo2, r.Process.ClinkerCo2, r.Process.BypassCo2, r.Process.CkdCo2,
            r.Process.TocCo2, r.OtherFuelCo2 + r.OnSitePowerFuelCo2, r.BiomassZeroRatedCo2, r.BiomassCountedCo2);
        var method = "CBAM Implementing Reg. (EU) 2023/1773 Annex III, direct emissions by EU MRR rules; " + EuJsonWriter.MrrCalculationMethod(py)["calculation: ".Length..];
        return new(installation, year.Year, year.YearStatus, method, goods, electricity, precursors, emissions, null, missing,
            [.. CbamNotes.Of(py, r)], defaults.Source, defaults.Verified);
    }

    private static CbamInstallation Installation(InstallationFacts f, PlantYear? py) =>
        new(f.Code, py?.Cbam?.InstallationName ?? f.Name, f.Operator, py?.Plant.Country ?? f.Country, f.Jurisdiction,
            Address: null, UnLocode: py?.Cbam?.UnLocode, Coordinates: null);
}
