using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Calcine.Web.Tests.StackReports;

/// <summary>Every text the stack report components show has an Azerbaijani, Russian and Chinese
/// translation (the English text is the key), with the same format placeholders.</summary>
public sealed partial class StackReportTranslationsTests
{
    private const string Folder = "src/Calcine.Web/Components/Pages/StackReportPages";

    public static TheoryData<string, string> ComponentsAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root(), Folder), "*.razor"))
        {
            foreach (var culture in new[] { "az", "ru", "zh" })
            {
                data.Add(Path.GetFileNameWithoutExtension(file), culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ComponentsAndCultures))]
    public void Component_EveryKey_IsTranslatedKeepingPlaceholders(string component, string culture)
    {
        var source = File.ReadAllText(Path.Combine(Root(), Folder, component + ".razor"));
        var keys = Key().Matches(source).Select(m => m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal)).Distinct().ToList();
        var resx = Path.Combine(Root(), "src/Calcine.Web/Resources/Components/Pages/StackReportPages", $"{component}.{culture}.resx");

        var translations = XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.True(translations.TryGetValue(key, out var text), $"{component}.{culture}: no translation of \"{key}\"");
            Assert.NotEqual(key, text);
            Assert.Equal(Placeholder().Matches(key).Select(m => m.Value).Order(), Placeholder().Matches(text).Select(m => m.Value).Order());
        }
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calcine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Calcine.slnx not found above the test output");
    }

    [GeneratedRegex("L\\[\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Key();

    [GeneratedRegex("\\{\\d+\\}")]
    private static partial Regex Placeholder();
}
