namespace Calcine.Domain.Recp;

/// <summary>Money per year of each saved stream, in the study's currency.</summary>
public sealed record StreamValues(double Electricity, double Fuels, double Water, double Materials, double Wastes, double Other)
{
    public double Total => Electricity + Fuels + Water + Materials + Wastes + Other;
}

public sealed record ScoreParts(double Npv, double Payback, double Co2);

/// <summary>One option's economics and environmental benefit (recp-format.md A, steps 1–8).</summary>
public sealed record OptionAppraisal(
    RecpOption Option,
    StreamValues SavingsByStream,
    double AnnualGrossSaving,
    double AnnualNetSaving,
    double? SimplePayback_years,
    double? DiscountedPayback_years,
    double Npv,
    double? Irr,
    string? IrrNote,
    double AnnualisedCapex,
    double? CostPerTco2Avoided,
    double Co2Avoided_t_per_year,
    double Co2AvoidedLifetime_t,
    double ElectricitySaved_MWh_per_year,
    double FuelSaved_GJ_per_year,
    double WaterSaved_m3_per_year,
    double MaterialSaved_t_per_year,
    double WasteAvoided_t_per_year,
    ScoreParts ScoreParts,
    double Score,
    int Rank);

public sealed record RecpPortfolio(
    double CapexBudget,
    IReadOnlyList<string> Selected,
    double TotalCapex,
    double TotalNpv,
    double TotalAnnualNetSaving,
    double TotalCo2Avoided_t_per_year,
    double BudgetLeft);

public sealed record OptionsAppraisalResult(
    RecpOptionsStudy Study,
    IReadOnlyList<OptionAppraisal> Options,
    IReadOnlyList<string> Ranking,
    RecpPortfolio? Portfolio);
