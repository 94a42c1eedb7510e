namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>How saved scenarios run (configuration section <c>Roadmaps:Run</c>).</summary>
public sealed class RoadmapRunOptions
{
    public const string Section = "Roadmaps:Run";

    /// <summary>Seconds the optimiser may search per solve before the best plan found is returned
    /// (marked not proven optimal in <c>pathway.search</c>).</summary>
    public double TimeLimitSeconds { get; set; } = 60;

    /// <summary>Largest scenario document accepted (bytes).</summary>
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;
}
