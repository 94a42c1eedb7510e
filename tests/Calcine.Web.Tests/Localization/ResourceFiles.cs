using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Calcine.Web.Tests.Localization;

/// <summary>The web project's components and their .resx files, read from the source tree (the
/// convention: Resources/&lt;path of the type under Calcine.Web&gt;.{az,ru,zh}.resx, English text as key).</summary>
public static partial class ResourceFiles
{
    public static readonly string[] Languages = ["az", "ru", "zh"];

    public static string WebProject { get; } = Path.Combine(RepositoryRoot(), "src", "Calcine.Web");

    /// <summary>Every base name (e.g. <c>Components/Pages/Home</c>) that has at least one .resx.</summary>
    public static IReadOnlyList<string> BaseNames() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(WebProject, "Resources"), "*.resx", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(WebProject, "Resources"), f).Replace('\\', '/'))
            .Select(f => LanguageSuffix().Replace(f, ""))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Key → value of one language's .resx; empty when the file is missing.</summary>
    public static Dictionary<string, string> Read(string baseName, string language)
    {
        var path = Path.Combine(WebProject, "Resources", $"{baseName}.{language}.resx");
        return File.Exists(path)
            ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal)
            : [];
    }

    /// <summary>Components (.razor and .cs under Components/) with the literal keys they ask their localizer for.</summary>
    public static IEnumerable<(string BaseName, IReadOnlyList<string> Keys)> LiteralKeysByComponent()
    {
        var components = Path.Combine(WebProject, "Components");
        foreach (var file in Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var keys = LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal))
                .Where(k => k != "{0}").Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count > 0)
            {
                var relative = Path.GetRelativePath(WebProject, file).Replace('\\', '/');
                yield return (LocalizerBaseName(file) ?? relative[..relative.LastIndexOf('.')], keys);
            }
        }
    }

    /// <summary>A class that reads another type's resources (<c>IStringLocalizer&lt;StackPageMessages&gt;</c> in
    /// StackForms.cs) is checked against that type's files.</summary>
    private static string? LocalizerBaseName(string file)
    {
        var own = Path.GetFileNameWithoutExtension(file);
        var types = LocalizerType().Matches(File.ReadAllText(file)).Select(m => m.Groups["type"].Value).Distinct().ToList();
        if (types.Count != 1 || types[0] == own)
        {
            return null;
        }

        var resx = Directory.EnumerateFiles(Path.Combine(WebProject, "Resources"), types[0] + ".az.resx", SearchOption.AllDirectories).SingleOrDefault();
        return resx is null ? null : Path.GetRelativePath(Path.Combine(WebProject, "Resources"), resx).Replace('\\', '/')[..^".az.resx".Length];
    }

    public static IReadOnlyList<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calcine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Calcine.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\.(az|ru|zh)\.resx$")]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"\b[Ll](?:\(http\))?\[""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>")]
    private static partial Regex LocalizerType();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
