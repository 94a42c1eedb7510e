using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Calcine.Web.Tests.Reports;

/// <summary>The report components' texts in az, ru and zh: every key a component uses has a
/// non-empty translation in each language, with the same placeholders.</summary>
public partial class RegulatoryReportResourcesTests
{
    public static TheoryData<string, string> ComponentsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var component in new[] { "Reports/CbamDataSetView", "Reports/ChinaEtsReportView", "Pages/CbamPage", "Pages/ChinaEtsPage" })
        {
            foreach (var language in new[] { "az", "ru", "zh" })
            {
                data.Add(component, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ComponentsAndLanguages))]
    public void Resources_EveryKeyTheComponentUses_IsTranslatedWithItsPlaceholders(string component, string language)
    {
        var web = Path.Combine(SourceRoot(), "src", "Calcine.Web");
        var razor = File.ReadAllText(Path.Combine(web, "Components", component + ".razor"));
        var resx = XDocument.Load(Path.Combine(web, "Resources", "Components", $"{component}.{language}.resx"));
        var translations = resx.Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

        var keys = LocalizerKeys().Matches(razor).Select(m => m.Groups[1].Value)
            .Concat(BilingualKeys().Matches(razor).Select(m => m.Groups[1].Value)).Distinct().ToList();

        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            Assert.True(translations.TryGetValue(key, out var text), $"{component}.{language}: no translation of \"{key}\"");
            Assert.False(string.IsNullOrWhiteSpace(text), $"{component}.{language}: empty translation of \"{key}\"");
            Assert.Equal(Placeholders().Matches(key).Select(m => m.Value).Order(), Placeholders().Matches(text).Select(m => m.Value).Order());
        }
    }

    private static string SourceRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calcine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Calcine.slnx not found above the test binaries");
    }

    [GeneratedRegex("""L\["([^"]+)"[\],]""")]
    private static partial Regex LocalizerKeys();

    [GeneratedRegex("""H\("[^"]+", "([^"]+)"\)""")]
    private static partial Regex BilingualKeys();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholders();
}
