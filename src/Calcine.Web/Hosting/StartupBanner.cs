using Calcine.Storage;
using Calcine.Web.Ingestion;

namespace Calcine.Web.Hosting;

/// <summary>What the start banner says beneath the URLs: what was seeded and where its passwords
/// are, or, without demo data, how many accounts exist and how to create the first.</summary>
public static class StartupBanner
{
    public const string NoUsersHint = "No users yet: create the first administrator with `calcine admin create --email you@example.org`"
        + " (with this host's Storage__Provider and ConnectionStrings__Calcine), then sign in at /login.";

    public static IReadOnlyList<string> Lines(IServiceProvider services, IConfiguration configuration, StorageOptions storage, IngestionOptions ingestion, string dataFolder) =>
        Lines(configuration, storage, ingestion, dataFolder, () => CountUsers(services));

    /// <param name="users">The number of accounts, or null when the database cannot say.</param>
    public static IReadOnlyList<string> Lines(IConfiguration configuration, StorageOptions storage, IngestionOptions ingestion, string dataFolder, Func<int?> users)
    {
        var lines = new List<string>();
        var demo = StartupStorage.SeedsDemo(configuration, storage);
        if (ingestion.Enabled)
        {
            lines.Add(demo
                ? $"HJ 212 listener on port {ingestion.Port}; demo devices' password {Source(configuration, "Demo:DevicePassword", dataFolder, "demo-devices.txt")}."
                : $"HJ 212 listener on port {ingestion.Port}.");
        }

        if (demo)
        {
            lines.Add($"Demo data seeded (Demo:Seed). Logins (POST /api/account/login; password {Source(configuration, "Demo:UserPassword", dataFolder, "demo-users.txt")}):");
            lines.AddRange(DemoPlatformSeed.Users.Select(u => $"  {u.Email,-28} {u.Role,-20} {u.Scope}"));
            return lines;
        }

        lines.Add(users() switch
        {
            null => "No demo data (Demo:Seed is off); the accounts could not be counted (is the database reachable and migrated?).",
            0 => NoUsersHint,
            var n => $"No demo data (Demo:Seed is off); {n} user account(s).",
        });
        return lines;
    }

    private static string Source(IConfiguration configuration, string key, string dataFolder, string file) =>
        string.IsNullOrEmpty(configuration[key]) ? $"in {Path.Combine(dataFolder, file)}" : $"from {key}";

    private static int? CountUsers(IServiceProvider services)
    {
        try
        {
            using var scope = services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<CalcineDbContext>().Users.Count();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return null;
        }
    }
}
