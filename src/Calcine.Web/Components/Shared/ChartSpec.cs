using System.Text.Json;
using System.Text.Json.Serialization;

namespace Calcine.Web.Components.Shared;

/// <summary>What wwwroot/js/charts.js draws with ECharts: a chart component renders this as the JSON
/// of its <c>data-chart</c> attribute. Labels arrive translated and numbers unrounded; the script
/// formats numbers in the page's language. Times are milliseconds of the wall clock the axis names
/// (<see cref="Zone"/>), so the browser's own zone never shifts them.</summary>
public sealed record ChartSpec
{
    /// <summary>"time" (x is a wall-clock instant in ms), "category" (x is one of <see cref="Categories"/>).</summary>
    public required string Axis { get; init; }

    public required string Title { get; init; }

    /// <summary>The y axis' name, with its unit.</summary>
    public required string YName { get; init; }

    public string? XName { get; init; }

    /// <summary>The zone of a time axis ("UTC+08:00"), shown in the axis name and tooltips.</summary>
    public string? Zone { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>The window of a time axis (wall-clock ms): the whole 24 hours or 30 days, whatever has data.</summary>
    public long? XMin { get; init; }

    public long? XMax { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    public IReadOnlyList<ChartLimit> Limits { get; init; } = [];

    /// <summary>A zoom slider under the chart (30 days of hours).</summary>
    public bool Zoom { get; init; }

    /// <summary>Where a click on a point leads, by series and point index (the table has the same links).</summary>
    public IReadOnlyList<IReadOnlyList<string?>>? Links { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static string ZoneName(TimeSpan offset) => Figures.ZoneName(offset);
}

/// <summary>One series. <see cref="Data"/> holds [x, y] pairs on a time axis, y values on a category axis;
/// a null y breaks the line. Kind: "line", "bar", "box" (Q1, median, Q3), "mean", "own" (a triangle).</summary>
public sealed record ChartSeries(string Name, string Kind, string Color, IReadOnlyList<object?> Data);

/// <summary>A horizontal limit line; Style "dashed" (a target), "solid" (a legal limit), "dotted" (a
/// reference). LabelColor: a darker shade where the line's colour is too light for text (4.5:1).</summary>
public sealed record ChartLimit(string Name, double Value, string Style, string Color, string? LabelColor = null);
