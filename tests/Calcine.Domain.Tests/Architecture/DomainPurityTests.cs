using Calcine.Domain.Accounting;

namespace Calcine.Domain.Tests.Architecture;

/// <summary>The Domain is pure arithmetic: it may reference the runtime (System.*) and nothing else.</summary>
public class DomainPurityTests
{
    [Fact]
    public void DomainAssembly_References_OnlySystemAssemblies()
    {
        var references = typeof(PlantYear).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var foreign = references.Where(n => n != "System" && !n.StartsWith("System.", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib");

        Assert.Empty(foreign);
        Assert.NotEmpty(references);
    }

    [Fact]
    public void DomainProject_Has_NoPackageOrProjectReferences()
    {
        var project = FindRepoFile("src/Calcine.Domain/Calcine.Domain.csproj");
        var text = File.ReadAllText(project);

        Assert.DoesNotContain("PackageReference", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ProjectReference", text, StringComparison.Ordinal);
    }

    private static string FindRepoFile(string relative)
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
