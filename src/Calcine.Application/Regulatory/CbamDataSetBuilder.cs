using Calcine.Application.Co2;
using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Cbam;
using Calcine.Domain.Results;

namespace Calcine.Application.Regulatory;

/// <summary>Builds the CBAM data set from the domain's CBAM engine, the same result the CLI's
/// <c>co2 calc --method cbam</c> writes: its figures, and its "not determined" (a null SEE, with the
/// reasons in <see cref="CbamDataSet.Missing"/>) where the data cannot give a figure.</summary>
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

        // The figures and what they cannot give are the Domain's, as the CLI writes them: a null SEE is not determined.
        var r = CbamCalculator.Calculate(py);
        missing.AddRange(r.NotDetermined);
        var goods = new List<CbamGoodLine>(2);
        foreach (var g in new[] { r.Clinker, r.Cement }.OfType<CbamGood>())
        {
            goods.Add(new(g.CnCode, g.Description, g.ProducedTonnes, g.See.Direct, g.See.Indirect, g.ClinkerFactor, defaults.Goods.GetValueOrDefault(g.CnCode)));
        }

        var precursors = r.Precursors.Select(p => new CbamPrecursorLine(p.Good, p.CnCode, p.Origin, p.QuantityTonnes, p.See.Direct, p.See.Indirect)).ToList();
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
