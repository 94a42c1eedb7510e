using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Calcine.Web.Tests.Stacks;

/// <summary>Every text the stack pages localize has its Azerbaijani, Russian and Chinese
/// translation, and no translation is left over from a text that is gone.</summary>
public partial class StackPageResourcesTests
{
    public static TheoryData<string, string> Components() => new()
    {
        { "Components/Pages/StackPage.razor", "Components/Pages/StackPage" },
        { "Components/Pages/StacksPage.razor", "Components/Pages/StacksPage" },
        { "Components/Pages/RegulatorStacksPage.razor", "Components/Pages/RegulatorStacksPage" },
        { "Components/Shared/HourlyChart.razor", "Components/Shared/HourlyChart" },
        { "Components/Shared/StackStatusTable.razor", "Components/Shared/StackStatusTable" },
        { "Components/Layout/StacksNavLink.razor", "Components/Layout/StacksNavLink" },
        { "Components/StackForms.cs", "Components/StackPageMessages" },
    };

    [Theory]
    [MemberData(nameof(Components))]
    public void Resources_EachLanguage_TranslateExactlyTheComponentsTexts(string source, string resource)
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Calcine.Web");
        var keys = Key().Matches(File.ReadAllText(Path.Combine(web, source))).Select(m => m.Groups["k"].Value).ToHashSet();
        Assert.NotEmpty(keys);
        foreach (var language in new[] { "az", "ru", "zh" })
        {
            var entries = XDocument.Load(Path.Combine(web, "Resources", $"{resource}.{language}.resx")).Root!.Elements("data")
                .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
            Assert.Equal(keys.Order(StringComparer.Ordinal), entries.Keys.Order(StringComparer.Ordinal));
            Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{language}: {e.Key}"));
            // Placeholders survive translation.
            Assert.All(entries, e => Assert.Equal(Placeholder().Matches(e.Key).Select(m => m.Value).Order(), Placeholder().Matches(e.Value).Select(m => m.Value).Order()));
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Calcine.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Calcine.slnx not found above the test assembly.");
    }

    [GeneratedRegex("""\b[Ll]\["(?<k>[^"]+)"[\],]""")]
    private static partial Regex Key();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
