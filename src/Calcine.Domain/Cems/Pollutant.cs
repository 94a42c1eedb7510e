namespace Calcine.Domain.Cems;

/// <summary>Stack pollutants the compliance engine evaluates. NOx is always expressed as NO2.</summary>
public enum Pollutant
{
    Pm,
    So2,
    Nox,
    Nh3,
}

public static class Pollutants
{
    /// <summary>The key used in documents and JSON output: <c>pm</c>, <c>so2</c>, <c>nox</c>, <c>nh3</c>.</summary>
    public static string Key(this Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm => "pm",
        Pollutant.So2 => "so2",
        Pollutant.Nox => "nox",
        Pollutant.Nh3 => "nh3",
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, null),
    };

    /// <summary>HJ 212-2017 Table B.2 code (from HJ 524-2009).</summary>
    public static string Hj212Code(this Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm => "a34013",
        Pollutant.So2 => "a21026",
        Pollutant.Nox => "a21002",
        Pollutant.Nh3 => "a21001",
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, null),
    };

    /// <summary>Molar mass in g/mol for the ppm to mg/m3 conversion; NOx as NO2. Dust has none.</summary>
    public static double? MolarMass(this Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm => null,
        Pollutant.So2 => 64.066,
        Pollutant.Nox => 46.0055,
        Pollutant.Nh3 => 17.031,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, null),
    };
}
