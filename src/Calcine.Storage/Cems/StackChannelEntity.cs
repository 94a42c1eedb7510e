namespace Calcine.Storage.Cems;

/// <summary>How one analyser channel of a stack reports (the per-stack channel configuration):
/// unit, wet or dry, and the reference O2 its hourly value is corrected to (null: judged on the
/// measured concentration, as kiln-head and mill outlets are).</summary>
public sealed class StackChannelEntity
{
    public int Id { get; set; }
    public int StackId { get; set; }
    /// <summary>pm, so2, nox or nh3; or flow (<see cref="StackChannelNames.Flow"/>), whose Unit is m3/s
    /// (HJ 212 a00000's default) or m3/h, and to which basis and reference O2 do not apply.</summary>
    public required string Pollutant { get; set; }
    /// <summary>mg/m3 or ppm; m3/s or m3/h for flow.</summary>
    public required string Unit { get; set; }
    /// <summary>dry or wet.</summary>
    public required string Basis { get; set; }
    public double? ReferenceO2Percent { get; set; }
}

/// <summary>Channel names beside the pollutants.</summary>
public static class StackChannelNames
{
    /// <summary>The flue-gas flow channel (HJ 212 a00000): declares the unit flow is stored and shown in.</summary>
    public const string Flow = "flow";
}
