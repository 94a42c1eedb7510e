using Calcine.Application.Files;

namespace Calcine.Application.Regulatory;

/// <summary>The data set as .xlsx, laid out like the sections of the Commission's communication
/// template: installation, goods (with SEE and qualifying parameter), emissions (with electricity),
/// precursors; plus what is missing. Headings in English, values invariant and unrounded.</summary>
public static class CbamDataSetWorkbook
{
    public const string InstallationSheet = "Installation";
    public const string GoodsSheet = "Goods";
    public const string EmissionsSheet = "Emissions";
    public const string PrecursorsSheet = "Precursors";
    public const string MissingSheet = "Missing and notes";

    public static byte[] Write(CbamDataSet d) => Book(d).ToBytes();

    public static XlsxWorkbook Book(CbamDataSet d)
    {
        var book = new XlsxWorkbook();
        var i = d.Installation;
        var installation = book.Sheet(InstallationSheet);
        installation.Add(["Item", "Value"]);
        installation.Add(["Format", CbamDataSet.Format]);
        installation.Add(["Installation name", i.Name]);
        installation.Add(["Plant code", i.PlantCode]);
        installation.Add(["Operator", i.Operator]);
        installation.Add(["Country", i.Country]);
        installation.Add(["Jurisdiction", i.Jurisdiction]);
        installation.Add(["Address", i.Address ?? "not recorded"]);
        installation.Add(["UN/LOCODE", i.UnLocode ?? "not recorded"]);
        installation.Add(["Coordinates", i.Coordinates ?? "not recorded"]);
        installation.Add(["Reporting period start", d.PeriodStart]);
        installation.Add(["Reporting period end", d.PeriodEnd]);
        installation.Add(["Year status", d.YearStatus]);
        installation.Add(["Calculation method", d.CalculationMethod]);
        installation.Add(["Carbon price due", d.CarbonPriceDue ?? "not recorded"]);

        var goods = book.Sheet(GoodsSheet);
        goods.Add(["CN code", "Good", "Produced (t)", "SEE direct (t CO2e/t)", "Direct determination", "SEE indirect (t CO2e/t)",
            "Indirect determination", "SEE total (t CO2e/t)", "Clinker factor (t/t)", "Default SEE direct (t CO2e/t)", "Default SEE indirect (t CO2e/t)",
            "Default values verified"]);
        foreach (var g in d.Goods)
        {
            goods.Add([g.CnCode, g.Description, g.ProducedTonnes, g.SeeDirect, g.DirectDetermination, g.SeeIndirect, g.IndirectDetermination,
                g.SeeTotal, g.ClinkerFactor, g.DefaultValue?.Direct, g.DefaultValue?.Indirect, g.DefaultValue is null ? null : d.DefaultValuesVerified]);
        }

        var emissions = book.Sheet(EmissionsSheet);
        emissions.Add(["Quantity", "Value", "Unit"]);
        if (d.Emissions is { } e)
        {
            emissions.Add(["Installation emissions", e.Installation, "t CO2e"]);
            emissions.Add(["Attributed to clinker (process + kiln fuels)", e.AttributedToClinker, "t CO2e"]);
            emissions.Add(["Attributed to cement (mill fuels)", e.AttributedToCementMill, "t CO2e"]);
            emissions.Add(["Not attributed to goods", e.NotAttributed, "t CO2e"]);
            emissions.Add(["Process: clinker", e.ProcessClinker, "t CO2e"]);
            emissions.Add(["Process: bypass dust", e.ProcessBypassDust, "t CO2e"]);
            emissions.Add(["Process: CKD", e.ProcessCkd, "t CO2e"]);
            emissions.Add(["Process: non-carbonate carbon", e.ProcessNonCarbonateCarbon, "t CO2e"]);
            emissions.Add(["Biomass CO2 zero-rated (memo)", e.BiomassZeroRated, "t CO2"]);
            emissions.Add(["Biomass CO2 counted", e.BiomassCounted, "t CO2"]);
        }

        if (d.Electricity is { } el)
        {
            emissions.Add(["Electricity consumed: kiln", el.KilnMwh, "MWh"]);
            emissions.Add(["Electricity consumed: cement mill", el.CementMillMwh, "MWh"]);
            emissions.Add(["Electricity emission factor", el.Ef, "t CO2/MWh"]);
            emissions.Add(["Electricity emission factor source", el.EfSource, ""]);
        }

        var precursors = book.Sheet(PrecursorsSheet);
        precursors.Add(["Precursor", "CN code", "Origin", "Quantity (t)", "SEE direct (t CO2e/t)", "SEE indirect (t CO2e/t)",
            "Embedded direct (t CO2e)", "Embedded indirect (t CO2e)"]);
        foreach (var p in d.Precursors)
        {
            precursors.Add([p.Good, p.CnCode, p.Origin, p.QuantityTonnes, p.SeeDirect, p.SeeIndirect, p.EmbeddedDirect, p.EmbeddedIndirect]);
        }

        var missing = book.Sheet(MissingSheet);
        missing.Add(["Kind", "Path", "Text"]);
        foreach (var m in d.Missing)
        {
            missing.Add(["missing", m.Path, m.Message]);
        }

        foreach (var n in d.Notes)
        {
            missing.Add(["note", null, n]);
        }

        missing.Add(["default values", null, d.DefaultValuesSource]);
        return book;
    }
}
