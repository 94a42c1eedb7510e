namespace Calcine.Domain.Cems.Limits;

/// <summary>The emission source a limit set is written for; GB 4915 and the ULE opinion give
/// different values (and reference O2) per source.</summary>
public enum SourceType
{
    /// <summary>Cement kiln and kiln-tail waste-heat utilisation system (窑尾), reference O2 10 %.</summary>
    KilnTail,

    /// <summary>Kiln head / clinker cooler (窑头): judged on the measured concentration.</summary>
    KilnHead,

    /// <summary>Crushers, mills, packing, silos and other ventilated equipment: measured concentration.</summary>
    OtherVentilated,

    /// <summary>Dryers with an independent heat source, reference O2 8 %.</summary>
    IndependentHeatDryer,
}

/// <summary>The averaging period a limit value applies to.</summary>
public enum Averaging
{
    Hour,
    HalfHour,
    Day,
}

/// <summary>How well a value is established (the tags of docs/reference/cems-hj212.md).</summary>
public enum Confidence
{
    /// <summary>[V-prim] read in the primary text.</summary>
    VerifiedPrimary,

    /// <summary>[V-sec] confirmed by a secondary source.</summary>
    VerifiedSecondary,

    /// <summary>[U] not checked: from memory, judgement or a single unreliable source. Replace it with
    /// the official value (a new <see cref="LimitVersion"/>) before relying on it.</summary>
    Unverified,
}

public static class ConfidenceTags
{
    public static string Tag(this Confidence confidence) => confidence switch
    {
        Confidence.VerifiedPrimary => "V-prim",
        Confidence.VerifiedSecondary => "V-sec",
        Confidence.Unverified => "U",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, null),
    };
}
