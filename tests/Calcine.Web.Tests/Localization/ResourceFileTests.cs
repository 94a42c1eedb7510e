using System.Text.RegularExpressions;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Domain.Benchmarking;

namespace Calcine.Web.Tests.Localization;

/// <summary>The translations as files: the same keys in az, ru and zh, every key a component asks
/// for present, placeholders kept, and real translations rather than copies of the English.</summary>
public partial class ResourceFileTests
{
    public static TheoryData<string> BaseNames() => [.. ResourceFiles.BaseNames()];

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void ResourceFiles_AzRuZh_HaveTheSameKeys(string baseName)
    {
        var az = ResourceFiles.Read(baseName, "az").Keys.Order(StringComparer.Ordinal).ToList();

        foreach (var language in new[] { "ru", "zh" })
        {
            Assert.Equal(az, ResourceFiles.Read(baseName, language).Keys.Order(StringComparer.Ordinal).ToList());
        }

        Assert.NotEmpty(az);
    }

    [Theory]
    [MemberData(nameof(BaseNames))]
    public void ResourceFiles_EveryTranslation_KeepsThePlaceholdersAndIsNotEmpty(string baseName)
    {
        foreach (var language in ResourceFiles.Languages)
        {
            foreach (var (key, value) in ResourceFiles.Read(baseName, language))
            {
                Assert.False(string.IsNullOrWhiteSpace(value), $"{baseName}.{language}: '{key}' is empty");
                Assert.True(ResourceFiles.Placeholders(key).SequenceEqual(ResourceFiles.Placeholders(value)),
                    $"{baseName}.{language}: '{value}' does not keep the placeholders of '{key}'");
            }
        }
    }

    [Fact]
    public void Components_EveryLiteralKey_IsInAllThreeLanguages()
    {
        var checkedKeys = 0;
        foreach (var (baseName, keys) in ResourceFiles.LiteralKeysByComponent())
        {
            foreach (var language in ResourceFiles.Languages)
            {
                var resx = ResourceFiles.Read(baseName, language);
                var missing = keys.Where(k => !resx.ContainsKey(k)).ToList();
                Assert.True(missing.Count == 0, $"{baseName}.{language}.resx lacks: {string.Join(" | ", missing)}");
                checkedKeys += keys.Count;
            }
        }

        // Every existing page and the layout ask for their text (not a vacuous pass).
        Assert.True(checkedKeys > 600, $"only {checkedKeys} keys checked");
    }

    [Fact]
    public void Translations_AreNotCopiesOfTheEnglish()
    {
        foreach (var language in ResourceFiles.Languages)
        {
            var all = ResourceFiles.BaseNames().SelectMany(b => ResourceFiles.Read(b, language)).ToList();
            // Some keys are names kept exactly (a unit, "Median" in az); nearly all differ.
            var copies = all.Count(p => p.Key == p.Value);
            Assert.True(copies * 50 < all.Count, $"{language}: {copies} of {all.Count} values equal their English key");
        }
    }

    [Theory]
    [InlineData("ru", "Cyrillic")]
    [InlineData("zh", "CJK")]
    [InlineData("az", "Latin")]
    public void Translations_AreWrittenInTheLanguagesScript(string language, string script)
    {
        var pattern = script switch
        {
            "Cyrillic" => CyrillicLetter(),
            "CJK" => CjkIdeograph(),
            _ => AzerbaijaniLetter(),
        };
        var values = ResourceFiles.Read("Components/Pages/PlantPage", language).Values.ToList();

        Assert.True(values.Count(v => pattern.IsMatch(v)) * 2 > values.Count, $"{language} values are mostly not in {script} script");
    }

    [Fact]
    public void PageMessages_EveryPlausibilityRuleDescription_IsTranslated()
    {
        foreach (var language in ResourceFiles.Languages)
        {
            var resx = ResourceFiles.Read("Components/Shared/PageMessages", language);
            Assert.All(PlausibilityRules.All, rule => Assert.True(resx.ContainsKey(rule.Description), $"{language}: {rule.Id} {rule.Description}"));
        }
    }

    [Fact]
    public void BenchmarksPage_EveryKpiLabel_IsTranslatedAndKeepsItsUnitsAndCodes()
    {
        foreach (var language in ResourceFiles.Languages)
        {
            var resx = ResourceFiles.Read("Components/Pages/BenchmarksPage", language);
            Assert.All(BenchmarkKpis.All, k => Assert.True(resx.ContainsKey(k.Label), $"{language}: {k.Label}"));
            // Formulae and names of methods stay as they are in every language.
            Assert.Contains("CO2", resx["Gross CO2 per t clinker"], StringComparison.Ordinal);
            Assert.Contains("GCCA in NumbeRs", resx["World (GCCA in NumbeRs)"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MonthPage_Units_StayExactInEveryLanguage()
    {
        foreach (var language in ResourceFiles.Languages)
        {
            var resx = ResourceFiles.Read("Components/Pages/MonthPage", language);
            Assert.Contains("(t CO2/t)", resx["Clinker EF (t CO2/t)"], StringComparison.Ordinal);
            Assert.Contains("(kg CO2/GJ)", resx["Fuel {0} EF (kg CO2/GJ)"], StringComparison.Ordinal);
            Assert.Contains("(t CO2/MWh)", resx["Grid EF (t CO2/MWh)"], StringComparison.Ordinal);
            Assert.Contains("(GJ/t)", resx["Fuel {0} LHV (GJ/t)"], StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicLetter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkIdeograph();

    [GeneratedRegex("[əğıöüçşİ]", RegexOptions.IgnoreCase)]
    private static partial Regex AzerbaijaniLetter();
}
