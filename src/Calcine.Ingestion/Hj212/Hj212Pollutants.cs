namespace Calcine.Ingestion.Hj212;

/// <summary>A flue-gas factor of HJ 212-2017 Table B.2 (from HJ 524-2009).</summary>
/// <param name="Code">The 2017 code, e.g. "a21026".</param>
/// <param name="Code2005">The HJ/T 212-2005 code devices of that era send, e.g. "02"; null when there is none.</param>
/// <param name="Unit">Default unit of Rtd/Min/Avg/Max and their Zs forms.</param>
/// <param name="CumulativeUnit">Unit of -Cou (emitted amount over the period); null when not cumulative.</param>
/// <param name="DataType">The standard's number format, e.g. "N5.2".</param>
public sealed record Hj212Pollutant(string Code, string Name, string? Code2005, string Unit, string? CumulativeUnit, string DataType);

/// <summary>
/// The pollutant and flue-gas parameter codes a cement stack sends, with the 2005 → 2017 alias map.
/// Units are the standard's defaults; devices differ (a01013 in Pa, a00000 in m3/h), so a channel's
/// real unit belongs in per-device configuration, not here.
/// </summary>
public static class Hj212Pollutants
{
    public static IReadOnlyList<Hj212Pollutant> All { get; } =
    [
        new("a00000", "flue-gas flow", "B02", "m3/s", "m3", "N6.1"),
        new("a01011", "flue-gas velocity", "S02", "m/s", null, "N5.2"),
        new("a01012", "flue-gas temperature", "S03", "°C", null, "N3.1"),
        new("a01013", "flue-gas pressure", "S08", "kPa", null, "N5.3"),
        new("a01014", "flue-gas humidity", "S05", "%", null, "N3.1"),
        new("a01016", "duct cross-section area", "S07", "m2", null, "N4.2"),
        new("a01017", "flue-gas dynamic pressure", "S04", "kPa", null, "N5.3"),
        new("a19001", "O2", "S01", "%", null, "N3.1"),
        new("a34013", "dust (PM)", "01", "mg/m3", "kg", "N4"),
        new("a21026", "SO2", "02", "mg/m3", "kg", "N5.2"),
        new("a21002", "NOx", "03", "mg/m3", "kg", "N5.1"),
        new("a21003", "NO", null, "mg/m3", "kg", "N4.1"),
        new("a21004", "NO2", null, "mg/m3", "kg", "N4.1"),
        new("a21005", "CO", "04", "mg/m3", "kg", "N3.3"),

        // Table B.2 prints ng/m3 for NH3 (an erratum); CEMS send mg/m3. Its Cou unit is g.
        new("a21001", "NH3", "10", "mg/m3", "g", "N4.3"),
        new("a21018", "fluoride", "06", "mg/m3", "kg", "N2.3"),
        new("a21024", "HCl", "08", "mg/m3", "kg", "N4.3"),
        new("a20057", "Hg and its compounds", "31", "mg/m3", "kg", "N4.4"),
        new("a05001", "CO2", "30", "mg/m3", "kg", "N3.3"),
        new("a24088", "non-methane hydrocarbons", null, "mg/m3", "kg", "N7.3"),
    ];

    private static readonly Dictionary<string, Hj212Pollutant> ByCode = All.ToDictionary(p => p.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> From2005 = All
        .Where(p => p.Code2005 is not null)
        .ToDictionary(p => p.Code2005!, p => p.Code, StringComparer.Ordinal);

    /// <summary>2005 code → 2017 code, e.g. "02" → "a21026", "S01" → "a19001", "B02" → "a00000".</summary>
    public static IReadOnlyDictionary<string, string> Aliases2005 => From2005;

    /// <summary>Looks up a 2017 code, or a 2005 code through the alias map.</summary>
    public static bool TryGet(string code, out Hj212Pollutant pollutant)
    {
        if (ByCode.TryGetValue(code, out pollutant!))
        {
            return true;
        }

        return From2005.TryGetValue(code, out var modern) && ByCode.TryGetValue(modern, out pollutant!);
    }

    /// <summary>The 2017 code for a 2005 one; any other code is returned unchanged.</summary>
    public static string Normalize(string code) => From2005.TryGetValue(code, out var modern) ? modern : code;

    /// <summary>Splits a CP key at its first '-': "a21026-ZsAvg" → ("a21026", "ZsAvg"); "DataTime" → ("DataTime", "").</summary>
    public static (string Code, string Field) SplitKey(string key)
    {
        int dash = key.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (key, "") : (key[..dash], key[(dash + 1)..]);
    }
}
