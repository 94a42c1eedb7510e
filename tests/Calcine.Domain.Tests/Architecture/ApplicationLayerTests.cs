using System.Text.RegularExpressions;
using Calcine.Application;

namespace Calcine.Domain.Tests.Architecture;

/// <summary>The use cases run without a web host (docs/adr/0008): the Application assembly knows no
/// ASP.NET Core, and Blazor components reach data through services, never the DbContext.</summary>
public partial class ApplicationLayerTests
{
    /// <summary>Identity's EF store: the DbContext (Storage) derives from IdentityDbContext, so a use
    /// case that reads users or role assignments through it references that assembly. It holds
    /// entity and store types only, no HTTP; everything else under Microsoft.AspNetCore is refused.</summary>
    private const string IdentityStores = "Microsoft.AspNetCore.Identity.EntityFrameworkCore";

    /// <summary>Components that still inject the DbContext, to be moved onto services. The test
    /// fails when one is added, and when one listed no longer injects it (then strike it off).</summary>
    private static readonly string[] NotYetMoved =
    [
    ];

    /// <summary>Endpoint and plumbing files under Platform/ that may still name the DbContext, each
    /// for a reason. Everything else there calls Application services. The test fails when a file
    /// is added, and when one listed no longer names it (then strike it off).</summary>
    private static readonly Dictionary<string, string> PlatformDbContextAllowed = new(StringComparer.Ordinal)
    {
        ["Platform/Api/PlantsApi.cs"] = "owned by another change in flight; moves onto a service next",
        ["Platform/Api/AuditApi.cs"] = "owned by another change in flight; moves onto a service next",
        ["Platform/Api/AccountApi.cs"] = "owned by another change in flight; moves onto a service next",
        ["Platform/Data/PlantYearTransfer.cs"] = "owned by another change in flight; its export start is no longer called",
        ["Platform/ApiKeys/ApiKeyAuthentication.cs"] = "authentication: checks a presented key before any user (or service) exists for the request",
        ["Platform/Security/PlatformSecurity.cs"] = "ASP.NET Identity's EF stores are registered on the DbContext",
    };

    [Fact]
    public void ApplicationAssembly_References_NoAspNetCoreAssembly()
    {
        var references = typeof(Outcome<>).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var web = references.Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && n != IdentityStores);

        Assert.Empty(web);
        Assert.Contains("Calcine.Storage", references);
    }

    [Fact]
    public void ApplicationProject_References_NoAspNetCorePackageOrFramework()
    {
        var text = File.ReadAllText(RepoPath("src/Calcine.Application/Calcine.Application.csproj"));

        Assert.DoesNotContain("Microsoft.AspNetCore", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.NET.Sdk.Web", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WebComponents_InjectingDbContext_AreOnlyTheListedOnes()
    {
        var web = RepoPath("src/Calcine.Web");
        var injecting = Directory.EnumerateFiles(Path.Combine(web, "Components"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => InjectsDbContext(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(NotYetMoved.Order(StringComparer.Ordinal), injecting);
    }

    [Fact]
    public void WebPlatformFiles_NamingDbContext_AreOnlyTheAllowedOnes()
    {
        var web = RepoPath("src/Calcine.Web");
        var naming = Directory.EnumerateFiles(Path.Combine(web, "Platform"), "*.cs", SearchOption.AllDirectories)
            .Where(f => NamesDbContext().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(PlatformDbContextAllowed.Keys.Order(StringComparer.Ordinal), naming);
        Assert.All(PlatformDbContextAllowed.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Theory]
    [InlineData("CalcineDbContext db, CancellationToken ct", true)]
    [InlineData(".AddEntityFrameworkStores<Calcine.Storage.CalcineDbContext>()", true)]
    [InlineData("MyCalcineDbContextFactory factory", false)]
    [InlineData("StackQueries stacks, CancellationToken ct", false)]
    public void NamesDbContext_MatchesTheTypeNameOnly(string source, bool expected) =>
        Assert.Equal(expected, NamesDbContext().IsMatch(source));

    [Theory]
    [InlineData("@inject CalcineDbContext Db", true)]
    [InlineData("@inject Calcine.Storage.CalcineDbContext Db", true)]
    [InlineData("[Inject]\n    protected CalcineDbContext Db { get; set; } = null!;", true)]
    [InlineData("[Inject] private Calcine.Storage.CalcineDbContext Db { get; set; }", true)]
    [InlineData("@inject StackService Stacks", false)]
    [InlineData("[Inject]\n    protected AccessGuard Guard { get; set; } = null!;", false)]
    public void InjectsDbContext_RecognisesBothInjectionForms(string source, bool expected) =>
        Assert.Equal(expected, InjectsDbContext(source));

    private static bool InjectsDbContext(string source) => InjectDirective().IsMatch(source) || InjectAttribute().IsMatch(source);

    [GeneratedRegex(@"\bCalcineDbContext\b")]
    private static partial Regex NamesDbContext();

    [GeneratedRegex(@"^\s*@inject\s+(?:[\w.]+\.)?CalcineDbContext\b", RegexOptions.Multiline)]
    private static partial Regex InjectDirective();

    [GeneratedRegex(@"\[Inject\]\s*(?:(?:public|protected|internal|private|required)\s+)*(?:[\w.]+\.)?CalcineDbContext\b")]
    private static partial Regex InjectAttribute();

    private static string RepoPath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
