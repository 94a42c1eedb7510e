using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Calcine.LoadDriver;

// A small closed-loop load driver for the platform host: N virtual users, each with its own
// connection and the cookie of a demo login, request the dashboard, the inventory page and the
// API in turn for a duration, and the latencies are reported per kind of request.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("usage: Calcine.LoadDriver --target http://127.0.0.1:5000/ --users 50 --duration 60 --warmup 10 --think-ms 0 " +
        "[--password P | --password-file src/Calcine.Web/data/demo-users.txt] [--years 2023,2024,2025] [--logins a@x,b@y]");
    return 2;
}

// Sign in once per login (the login endpoint is rate limited per address); the users of one login
// share its authentication cookie, each on its own connection.
var sessions = new Dictionary<string, (Cookie[] Cookies, int[] Plants)>(StringComparer.Ordinal);
foreach (var login in options.Logins.Take(options.Users))
{
    var jar = new CookieContainer();
    using var client = Client(options.Target, jar);
    using var response = await client.PostAsJsonAsync("api/account/login", new { email = login, password = options.Password });
    if (response.StatusCode != HttpStatusCode.OK)
    {
        Console.Error.WriteLine($"sign-in of {login} answered {(int)response.StatusCode}");
        return 1;
    }

    var plants = (await client.GetFromJsonAsync<JsonElement>("api/plants")).EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray();
    sessions[login] = (jar.GetAllCookies().Cast<Cookie>().ToArray(), plants);
    Console.WriteLine($"{login}: {plants.Length} plants");
}

var samples = new ConcurrentBag<(string Kind, double Ms, bool Ok)>();
var clock = Stopwatch.StartNew();
var measureFrom = options.Warmup;
var stopAt = options.Warmup + options.Duration;
var users = Enumerable.Range(0, options.Users).Select(i => RunUserAsync(i, options.Logins[i % options.Logins.Count])).ToArray();
await Task.WhenAll(users);

Report(options, samples, sessions.Count);
return 0;

async Task RunUserAsync(int index, string login)
{
    var (cookies, plants) = sessions[login];
    if (plants.Length == 0)
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
        var (kind, path) = Routes.Next(turn, plants, options.Years, random);
        var started = clock.Elapsed;
        bool ok;
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
            ok = response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            ok = false;
        }

        if (started >= measureFrom && clock.Elapsed <= stopAt)
        {
            samples.Add((kind, (clock.Elapsed - started).TotalMilliseconds, ok));
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

static void Report(LoadOptions options, ConcurrentBag<(string Kind, double Ms, bool Ok)> samples, int logins)
{
    var seconds = options.Duration.TotalSeconds;
    Console.WriteLine();
    Console.WriteLine($"{options.Users} users ({logins} logins), {seconds:0} s measured after {options.Warmup.TotalSeconds:0} s warm-up, think time {options.Think.TotalMilliseconds:0} ms, target {options.Target}");
    Console.WriteLine("| requests | count | errors | per s | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var kind in Routes.Kinds.Append("all"))
    {
        var rows = samples.Where(s => kind == "all" || s.Kind == kind).Select(s => (s.Ms, s.Ok)).ToList();
        var ms = rows.Select(r => r.Ms).Order().ToArray();
        if (ms.Length == 0)
        {
            continue;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {kind} | {ms.Length} | {rows.Count(r => !r.Ok)} | {ms.Length / seconds:0.0} | {P(ms, 0.50):0.0} | {P(ms, 0.95):0.0} | {P(ms, 0.99):0.0} | {ms[^1]:0.0} |"));
    }
}

// Nearest-rank percentile over sorted latencies.
static double P(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
