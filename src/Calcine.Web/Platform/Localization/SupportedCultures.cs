using System.Globalization;

namespace Calcine.Web.Platform.Localization;

/// <summary>The languages of the UI. Neutral cultures, so numbers and dates follow the language
/// (not a country); Chinese is Simplified script (resources in <c>*.zh.resx</c>, its parent culture).</summary>
public static class SupportedCultures
{
    public const string English = "en";

    /// <summary>English first: the default and the fallback (the English text is the resource key).</summary>
    public static readonly IReadOnlyList<string> Names = [English, "az", "ru", "zh-Hans"];

    /// <summary>Each culture's name in its own language, for the switch.</summary>
    public static readonly IReadOnlyDictionary<string, string> NativeNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [English] = "English",
        ["az"] = "Azərbaycanca",
        ["ru"] = "Русский",
        ["zh-Hans"] = "中文",
    };

    public static IList<CultureInfo> All() => [.. Names.Select(CultureInfo.GetCultureInfo)];

    /// <summary>The supported name exactly as listed, or null: only these four are ever stored or set.</summary>
    public static string? Find(string? name) => Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.Ordinal));
}
