namespace Calcine.Storage.Cems;

/// <summary>How one analyser channel of a stack reports (the per-stack channel configuration):
/// unit, wet or dry, and the reference O2 its hourly value is corrected to (null: judged on the
/// measured concentration, as kiln-head and mill outlets are).</summary>
public sealed class StackChannelEntity
{
    public int Id { get; set; }
    public int StackId { get; set; }
    /// <summary>pm, so2, nox or nh3.</summary>
    public required string Pollutant { get; set; }
    /// <summary>mg/m3 or ppm.</summary>
    public required string Unit { get; set; }
    /// <summary>dry or wet.</summary>
    public required string Basis { get; set; }
    public double? ReferenceO2Percent { get; set; }
}
