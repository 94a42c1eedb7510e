using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Calcine.LoadDriver;

// A small closed-loop load driver for the platform host: N virtual users, each with its own
// connection and the cookie of a demo login, request the dashboard, the inventory page and the
// API in turn for a duration (scenario "platform"), or one stack's page and endpoints (scenario
// "stack-page"), and the latencies are reported per kind of request.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("usage: Calcine.LoadDriver --target http://127.0.0.1:5000/ --users 50 --duration 60 --warmup 10 --think-ms 0 " +
        "[--password P | --password-file src/Calcine.Web/data/demo-users.txt] [--years 2023,2024,2025] [--logins a@x,b@y] " +
        "[--scenario platform|stack-page] [--stack-id N] [--path 'stacks/{id}' --path 'api/stacks/{id}/compliance?month={month}' …]");
    return 2;
}

// Sign in once per login (the login endpoint is rate limited per address); the users of one login
// share its authentication cookie, each on its own connection.
var sessions = new Dictionary<string, (Cookie[] Cookies, int[] Plants, int[] Stacks)>(StringComparer.Ordinal);
var stackPage = options.Scenario == LoadOptions.StackPageScenario;
foreach (var login in options.Logins.Take(options.Users))
{
    var jar = new CookieContainer();
    using var client = Client(options.Target, jar);
    HttpResponseMessage response;
    try
    {
        response = await client.PostAsJsonAsync("api/account/login", new { email = login, password = options.Password });
    }
    catch (HttpRequestException e)
    {
        Console.Error.WriteLine($"sign-in of {login}: {options.Target} does not answer ({e.Message})");
        return 1;
    }

    using var signIn = response;
    if (response.StatusCode != HttpStatusCode.OK)
    {
        Console.Error.WriteLine($"sign-in of {login} answered {(int)response.StatusCode}");
        return 1;
    }

    var plants = (await client.GetFromJsonAsync<JsonElement>("api/plants")).EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray();
    var stacks = stackPage ? (await client.GetFromJsonAsync<JsonElement>("api/stacks")).EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToArray() : [];
    sessions[login] = (jar.GetAllCookies().Cast<Cookie>().ToArray(), plants, stacks);
    Console.WriteLine(stackPage ? $"{login}: {plants.Length} plants, stacks {string.Join(',', stacks)}" : $"{login}: {plants.Length} plants");
}

// The stack every login may see: the one asked for, else the first they share.
StackPageRoutes? stackRoutes = null;
if (stackPage)
{
    var shared = sessions.Values.Select(s => s.Stacks).Aggregate((a, b) => [.. a.Intersect(b)]);
    var stackId = options.StackId ?? (shared.Length > 0 ? shared.Min() : 0);
    if (!shared.Contains(stackId))
    {
        Console.Error.WriteLine(options.StackId is null ? "the logins share no stack" : $"stack {stackId} is not visible to every login ({string.Join(", ", sessions.Keys)})");
        return 1;
    }

    stackRoutes = new StackPageRoutes(options.Paths!, stackId, DateTime.UtcNow);
    Console.WriteLine($"stack {stackId}: {string.Join(", ", options.Paths!.Select(p => StackPageRoutes.Expand(p, stackId, DateTime.UtcNow)))}");
}

var kinds = stackRoutes?.Kinds ?? Routes.Kinds;

var samples = new ConcurrentBag<(string Kind, double Ms, int Status)>();
var clock = Stopwatch.StartNew();
var measureFrom = options.Warmup;
var stopAt = options.Warmup + options.Duration;
var users = Enumerable.Range(0, options.Users).Select(i => RunUserAsync(i, options.Logins[i % options.Logins.Count])).ToArray();
await Task.WhenAll(users);

Report(options, kinds, samples, sessions.Count);
return 0;

async Task RunUserAsync(int index, string login)
{
    var (cookies, plants, _) = sessions[login];
    if (plants.Length == 0 && stackRoutes is null)
    {
        return;
    }

    var jar = new CookieContainer();
    foreach (var c in cookies)
    {
        jar.Add(c);
    }

    using var client = Client(options.Target, jar);
    var random = new Random(index);
    // Users start a little apart, as people do, and not all on the same kind of page.
    await Task.Delay(random.Next(0, 500));
    for (var turn = index; clock.Elapsed < stopAt; turn++)
    {
        var (kind, path) = stackRoutes?.Next(turn) ?? Routes.Next(turn, plants, options.Years, random);
        var started = clock.Elapsed;
        int status;
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // No answer at all (refused, reset, timed out).
            status = 0;
        }

        if (started >= measureFrom && clock.Elapsed <= stopAt)
        {
            samples.Add((kind, (clock.Elapsed - started).TotalMilliseconds, status));
        }

        if (options.Think > TimeSpan.Zero)
        {
            await Task.Delay(options.Think);
        }
    }
}

static HttpClient Client(Uri target, CookieContainer jar) =>
    new(new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = target,
        Timeout = TimeSpan.FromSeconds(30),
    };

static void Report(LoadOptions options, IReadOnlyList<string> kinds, ConcurrentBag<(string Kind, double Ms, int Status)> samples, int logins)
{
    var seconds = options.Duration.TotalSeconds;
    Console.WriteLine();
    Console.WriteLine($"{options.Users} users ({logins} logins), {seconds:0} s measured after {options.Warmup.TotalSeconds:0} s warm-up, think time {options.Think.TotalMilliseconds:0} ms, target {options.Target}");
    Console.WriteLine("| requests | count | errors | per s | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var kind in kinds.Append("all"))
    {
        var rows = samples.Where(s => kind == "all" || s.Kind == kind).Select(s => (s.Ms, Ok: s.Status == 200)).ToList();
        var ms = rows.Select(r => r.Ms).Order().ToArray();
        if (ms.Length == 0)
        {
            continue;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {kind} | {ms.Length} | {rows.Count(r => !r.Ok)} | {ms.Length / seconds:0.0} | {P(ms, 0.50):0.0} | {P(ms, 0.95):0.0} | {P(ms, 0.99):0.0} | {ms[^1]:0.0} |"));
    }

    // Which answers the errors were (0: no answer), so a 404 for a page not built yet is told from a timeout.
    var errors = samples.Where(s => s.Status != 200).GroupBy(s => (s.Kind, s.Status)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Status).ToList();
    foreach (var g in errors)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors: {g.Key.Kind} answered {g.Key.Status} {g.Count()} times"));
    }
}

// Nearest-rank percentile over sorted latencies.
static double P(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
