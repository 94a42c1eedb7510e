using System.Text.RegularExpressions;
using Calcine.Domain.Accounting.Plausibility;

namespace Calcine.Domain.Tests.Plausibility;

public partial class CatalogueTests
{
    [GeneratedRegex("^PY[0-9]{3}$")]
    private static partial Regex IdPattern();

    [Fact]
    public void Catalogue_HasAtLeastFifteenRulesWithUniqueWellFormedIds()
    {
        var ids = PlausibilityRules.All.Select(r => r.Id).ToList();

        Assert.True(ids.Count >= 15, $"{ids.Count} rules");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.All(PlausibilityRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description), r.Id));
    }

    [Fact]
    public void Documentation_ListsEveryRule()
    {
        var doc = File.ReadAllText(RepoFile("docs/methods/plausibility.md"));

        Assert.All(PlausibilityRules.All, r => Assert.Contains($"| {r.Id} |", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Documentation_ListsEveryDefaultRangeWithItsValue()
    {
        var doc = File.ReadAllText(RepoFile("docs/methods/plausibility.md"));

        Assert.All(PlausibilityRangeTable.Default.All, kv =>
            Assert.Contains($"| `{kv.Key}` | {kv.Value.Describe()} | {kv.Value.ConfidenceTag} |", doc, StringComparison.Ordinal));
    }

    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
