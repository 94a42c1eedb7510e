namespace Calcine.TestKit;

/// <summary>The contract's worked examples, copied from shared/spec/examples into this project.</summary>
public static class Examples
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Examples");

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    /// <summary>Plant-year documents that come with an expected result.</summary>
    public static IEnumerable<string> PlantYearNames() =>
        System.IO.Directory.GetFiles(Directory, "*.json")
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("\"plant-year/1\"", StringComparison.Ordinal))
            .Where(f => File.Exists(Path.ChangeExtension(f, ".expected.json")))
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Order(StringComparer.Ordinal);
}
