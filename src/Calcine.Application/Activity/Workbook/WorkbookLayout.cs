namespace Calcine.Application.Activity.Workbook;

/// <summary>The activity workbook's sheets and columns. Units live in the headers only; a header
/// that differs (another unit, a moved column) is an error, so a value is never read in the wrong unit.</summary>
public static class WorkbookLayout
{
    public const string Production = "Production";
    public const string Components = "Components";
    public const string Fuels = "Fuels";
    public const string RawMaterials = "RawMaterials";
    public const string Electricity = "Electricity";

    public static readonly IReadOnlyDictionary<string, string[]> Headers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Production] = ["Month", "Clinker produced (t)", "Clinker bought (t)", "Clinker sold (t)", "Clinker stock increase (t)",
            "Clinker EF (t CO2/t)", "Substitutes sold (t)", "Bypass dust (t)", "CKD leaving (t)", "Grid EF (t CO2/MWh)"],
        [Components] = ["Month", "Component", "Mass (t)"],
        [Fuels] = ["Month", "Fuel", "Category", "Use", "Mass (t)", "LHV (GJ/t)", "LHV factor id", "EF (kg CO2/GJ)", "EF factor id",
            "Biogenic share (0-1)", "Evidence"],
        [RawMaterials] = ["Month", "Material", "Mass (t)"],
        [Electricity] = ["Month", "Use", "Source", "Electricity (MWh)"],
    };

    public static readonly string[] SheetOrder = [Production, Components, Fuels, RawMaterials, Electricity];

    /// <summary>Twelve months of a few dozen items fit easily; a sheet far larger is not activity data.</summary>
    public const int MaxRowsPerSheet = 5000;
    public const int MaxUploadBytes = 5 * 1024 * 1024;
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const int MaxZipEntries = 100;

    public static string Column(int index) => ((char)('A' + index)).ToString();
}
