using System.Globalization;
using Calcine.Domain.Roadmaps;
using Calcine.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Calcine.Web.Roadmaps.Components;

/// <summary>The road-map components' one resource set (Resources/Roadmaps/Components/RoadmapText.*.resx)
/// and their shared formatting: tonnes and dollars rounded to whole units for the page only.</summary>
public sealed class RoadmapText
{
    public static string Whole(double? value) => value is { } v ? Figures.Show(Math.Round((decimal)v, 0)) : "—";

    public static string Mac(double? value) => value is { } v ? Figures.Show(Math.Round((decimal)v, 1)) : "—";

    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %" : "—";

    public static string Category(IStringLocalizer<RoadmapText> l, LeverCategory c) => c switch
    {
        LeverCategory.DesignAndConstruction => l["Design and construction"],
        LeverCategory.ConcreteProduction => l["Concrete production"],
        LeverCategory.CementAndBinders => l["Cement and binders"],
        LeverCategory.ClinkerProduction => l["Clinker production"],
        LeverCategory.Electricity => l["Electricity"],
        LeverCategory.Ccus => l["Carbon capture (CCUS)"],
        _ => l["Recarbonation"],
    };

    /// <summary>SVG coordinates: invariant, one decimal.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}

/// <summary>One year of a trajectory: BAU, plan and target CO2; a note says why a value is withheld.</summary>
public sealed record TrajectoryRow(int Year, double? Bau, double? Plan, double? Target, string? BauNote = null, string? PlanNote = null);

/// <summary>One category's abatement in a year (a note when withheld).</summary>
public sealed record WedgeCellRow(string Category, double? Value, string? Note = null);

public sealed record WedgeRow(int Year, IReadOnlyList<WedgeCellRow> Cells);

/// <summary>A MACC bar: abatement (the width), MAC (the height), or a note why it is withheld.</summary>
public sealed record MaccBarRow(string Lever, string Category, double? Abatement, double? Mac, string? Note = null);

public sealed record InvestmentRow(string Period, double? Capex, string? Note = null);
