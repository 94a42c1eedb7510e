namespace Calcine.Web.Hosting;

/// <summary>Where the host finds its files. `dotnet run` and `dotnet Calcine.Web.dll` from bin/
/// read wwwroot through the build's static web assets runtime manifest (UseStaticWebAssets);
/// published output carries wwwroot and appsettings.json beside the dll, so there the content root
/// is the dll's folder unless the working directory has a wwwroot or a content root is given.</summary>
public static class HostLayout
{
    public static string? ContentRoot(string[] args)
    {
        var built = File.Exists(Path.Combine(AppContext.BaseDirectory, "Calcine.Web.staticwebassets.runtime.json"));
        var given = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        var here = Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot"));
        return built || given || here ? null : AppContext.BaseDirectory;
    }
}
