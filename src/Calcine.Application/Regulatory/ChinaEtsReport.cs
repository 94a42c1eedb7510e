using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting.China;
using Calcine.Domain.Results;

namespace Calcine.Application.Regulatory;

/// <summary>One fuel row of the report. Carbon content, oxidation and EF are null where the
/// guideline's formula for that fuel does not use them.</summary>
public sealed record ChinaFuelRow(
    string Name,
    string Category,
    string Formula,
    decimal ConsumptionTonnes,
    decimal Ncv,
    decimal? CarbonContent,
    decimal? EmissionFactor,
    decimal? OxidationFactor,
    decimal NonBiomassShare,
    decimal EnergyGj,
    decimal Co2);

/// <summary>The annual emission report of the national ETS for a cement clinker line
/// (CETS-AG-02.01-V01-2024) from the domain's engine, or the errors that stand in its way.</summary>
public sealed record ChinaEtsReport(
    InstallationFacts Enterprise,
    int Year,
    string YearStatus,
    ChinaCets2024Result? Result,
    IReadOnlyList<ChinaFuelRow> Fuels,
    IReadOnlyList<ValidationError> Errors)
{
    public const string Guideline = "CETS-AG-02.01-V01-2024 《企业温室气体排放核算与报告指南 水泥行业》";

    public decimal? TotalIncludingIndirect => Result is { } r ? r.DirectCo2 + r.ExcludedIndirect.Total : null;

    public decimal? TotalIncludingIndirectPerClinker => Result is { Clinker: > 0m } r ? TotalIncludingIndirect / r.Clinker : null;

    public static ChinaEtsReport Build(RegulatoryYear year)
    {
        if (year.Document is not { } py)
        {
            return new(year.Installation, year.Year, year.YearStatus, null, [], year.Errors);
        }

        var errors = ChinaCets2024Calculator.Check(py);
        if (py.Clinker.Produced.Tonnes == 0m)
        {
            errors = [.. errors, new("$.clinker.produced_t", "no clinker was produced: the report's intensity per tonne of clinker and its process emissions need clinker output")];
        }

        if (errors.Count > 0)
        {
            return new(year.Installation, year.Year, year.YearStatus, null, [], errors);
        }

        var r = ChinaCets2024Calculator.Calculate(py);
        return new(year.Installation, year.Year, year.YearStatus, r, [.. r.Fuels.Lines.Select(Row)], []);
    }

    private static ChinaFuelRow Row(ChinaFuelLine l)
    {
        var f = l.Fuel;
        var byCarbon = l.Formula == ChinaFuelFormula.CarbonContent;
        var formula = l.Formula switch
        {
            ChinaFuelFormula.CarbonContent => "FC × NCV × CC × OF × 44/12",
            ChinaFuelFormula.EmissionFactor => "FC × NCV × EF × OF",
            _ => "Q × HV × EF × α",
        };
        return new(f.Name, Names.Of(f.Category), formula, f.Mass.Tonnes, f.Lhv.GigajoulesPerTonne,
            byCarbon ? f.CarbonContent : null, byCarbon ? null : f.EmissionFactor.KilogramsCo2PerGigajoule, l.OxidationFactor,
            1m - f.BiogenicShare, l.EnergyGj, l.Co2);
    }
}
