using Calcine.Domain.Benchmarking;

namespace Calcine.Domain.Roadmaps.Association;

public enum AssociationMode
{
    /// <summary>Each member's own least-cost plan under its own target, added up.</summary>
    MembersPlans,
    /// <summary>One least-cost plan for all members' plants under the national cap.</summary>
    SectorOptimum,
}

/// <summary>What the association's road map is computed with: the national cap (the target line, t CO2
/// per year, at the years given), the MACC years, the investment periods and the disclosure policy.</summary>
public sealed record AssociationOptions(
    AssociationMode Mode,
    IReadOnlyDictionary<int, double> TargetCap_tCO2,
    IReadOnlyList<int> MaccYears,
    IReadOnlyList<(int From, int To)> InvestmentPeriods,
    BenchmarkPolicy Policy);

/// <summary>One year of the trajectory: BAU and plan CO2 summed over members (each passing the rule), the
/// national cap where one is set.</summary>
public sealed record TrajectoryPoint(int Year, PublishedFigure Bau_tCO2, PublishedFigure Plan_tCO2, double? Target_tCO2);

/// <summary>One category's wedge in a year. <paramref name="InLibrary"/> false: no lever of the library
/// has this category, so the wedge is zero for everyone and is not a member figure.</summary>
public sealed record WedgeCell(LeverCategory Category, bool InLibrary, PublishedFigure Abatement_tCO2);

/// <summary>A year's abatement by category. Categories that fail the rule are pooled in
/// <see cref="Pooled"/> (withheld categories together), shown when the pool passes: the pool is the total
/// less the shown cells, so it cannot be hidden once they are shown.</summary>
public sealed record WedgeYear(int Year, IReadOnlyList<WedgeCell> Cells, PublishedFigure Pooled, PublishedFigure Total);

public sealed record InvestmentPeriod(int From, int To, PublishedFigure Capex_USD);

/// <summary>One lever's bar of the association's MACC: abatement summed over plants (the width) and
/// the abatement-weighted MAC Σ annualised cost / Σ abatement (the height).</summary>
public sealed record MaccBar(string LeverId, LeverCategory Category, PublishedFigure Abatement_tCO2, PublishedFigure Mac_USD_per_tCO2);

/// <summary>One year's MACC; <paramref name="CarbonPrice_USD_per_tCO2"/> is the carbon price of the year
/// when every member's scenario has the same one (an assumption, not a member figure), else null.</summary>
public sealed record AssociationMacc(int Year, IReadOnlyList<MaccBar> Bars, double? CarbonPrice_USD_per_tCO2);

/// <summary>An input of the members' scenarios: its value when every member uses the same one,
/// otherwise null (the members' own values are not shown).</summary>
public sealed record Assumption(string Key, string? Value);

/// <summary>A company's share of the sector optimum's abatement (Σ over years of BAU − plan CO2) and of
/// its extra cost (discounted plan − BAU cost). For the company itself only: with the published totals a
/// share would be the company's own figure.</summary>
public sealed record CompanyShare(int CompanyId, double Abatement_tCO2, double ExtraCost_USD, double AbatementShare, double CostShare);

/// <summary>The association's road map as its analyst may see it.</summary>
public sealed record AssociationRoadmap(
    AssociationMode Mode,
    int Companies,
    int Plants,
    IReadOnlyList<TrajectoryPoint> Trajectory,
    IReadOnlyList<WedgeYear> Wedges,
    IReadOnlyDictionary<LeverCategory, double> GccaSplit2050,
    IReadOnlyList<InvestmentPeriod> Investment,
    IReadOnlyList<AssociationMacc> Maccs,
    IReadOnlyList<Assumption> Assumptions,
    IReadOnlyList<CompanyShare> CompanyShares);
