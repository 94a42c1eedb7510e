using System.Globalization;

namespace Calcine.LoadDriver;

/// <summary>The command line: <c>--target URL --users N --duration S --warmup S --think-ms MS
/// --password P | --password-file FILE --years 2023,2024,2025 --logins a@x,b@y</c>, and for the
/// stack page <c>--scenario stack-page [--stack-id N] [--path P]…</c> (<c>--path</c> may be repeated).</summary>
public sealed record LoadOptions(
    Uri Target,
    int Users,
    TimeSpan Duration,
    TimeSpan Warmup,
    TimeSpan Think,
    string Password,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Logins,
    string Scenario = LoadOptions.PlatformScenario,
    int? StackId = null,
    IReadOnlyList<string>? Paths = null)
{
    public const string PlatformScenario = "platform";
    public const string StackPageScenario = "stack-page";

    /// <summary>A plant editor and a regulator who may both see the NR-01 stack (DemoPlatformSeed.Users).</summary>
    public static readonly string[] StackLogins = ["plant.editor@calcine.demo", "regulator@calcine.demo"];

    /// <summary>What the stack-page scenario requests when no <c>--path</c> is given: the page.</summary>
    public static readonly string[] StackPagePaths = ["stacks/{id}"];

    /// <summary>The demo logins (DemoPlatformSeed.Users), one virtual user after the other.</summary>
    public static readonly string[] DemoLogins =
    [
        "admin@calcine.demo", "analyst@calcine.demo", "company.admin@calcine.demo", "plant.editor@calcine.demo",
        "verifier@calcine.demo", "regulator@calcine.demo", "viewer@calcine.demo",
    ];

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"expected an option, got {args[i]}");
            }

            if (args[i] == "--path")
            {
                paths.Add(args[i + 1].TrimStart('/'));
                continue;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"option {args[^1]} has no value");
        }

        string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;
        int Int(string name, int fallback) => int.Parse(Get(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var scenario = Get("scenario", PlatformScenario);
        if (scenario is not (PlatformScenario or StackPageScenario))
        {
            throw new ArgumentException($"--scenario {scenario}: expected {PlatformScenario} or {StackPageScenario}");
        }

        var stackPage = scenario == StackPageScenario;
        var password = values.TryGetValue("password", out var p) ? p : PasswordFromFile(Get("password-file", "src/Calcine.Web/data/demo-users.txt"));
        return new LoadOptions(
            new Uri(Get("target", "http://127.0.0.1:5000/")),
            Int("users", 50),
            TimeSpan.FromSeconds(Int("duration", 60)),
            TimeSpan.FromSeconds(Int("warmup", 10)),
            TimeSpan.FromMilliseconds(Int("think-ms", 0)),
            password,
            [.. Get("years", "2023,2024,2025").Split(',').Select(y => int.Parse(y, CultureInfo.InvariantCulture))],
            values.TryGetValue("logins", out var l) ? l.Split(',') : stackPage ? StackLogins : DemoLogins,
            scenario,
            values.TryGetValue("stack-id", out var id) ? int.Parse(id, CultureInfo.InvariantCulture) : null,
            paths.Count > 0 ? paths : stackPage ? StackPagePaths : null);
    }

    /// <summary>The host writes "Demo users (…), password XYZ" to data/demo-users.txt on first start.</summary>
    private static string PasswordFromFile(string path)
    {
        var text = File.ReadAllText(path).Trim();
        var at = text.LastIndexOf("password ", StringComparison.Ordinal);
        return at < 0 ? throw new ArgumentException($"{path} names no password") : text[(at + "password ".Length)..].Trim();
    }
}
