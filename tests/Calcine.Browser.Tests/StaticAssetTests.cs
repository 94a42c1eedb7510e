using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Calcine.Browser.Tests;

/// <summary>Every stylesheet, script and image the pages reference, and blazor.web.js, answer 200
/// with a body that is the file itself — asked plainly and with <c>Accept-Encoding: gzip, br</c>
/// as every browser asks — on the host started as the README starts it.</summary>
public sealed partial class StaticAssetTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static readonly string[] AnonymousPages = ["/login", "/scalar/v1"];
    private static readonly string[] SignedInPages = ["/", "/dashboard", "/benchmarks", "/stacks", "/stacks/regulator"];

    [Fact]
    public async Task EveryReferencedAsset_WithAndWithoutCompression_AnswersTheFile()
    {
        using var http = await SignedInClientAsync();
        var pages = new List<string>(AnonymousPages);
        pages.AddRange(SignedInPages);
        // One page of each kind the lists link to: a plant, a year, a stack (it adds stacks.css).
        var home = await http.GetStringAsync("/");
        pages.Add(FirstLink(home, h => h.StartsWith("/plants/", StringComparison.Ordinal)));
        pages.Add(FirstLink(await http.GetStringAsync(pages[^1]), h => h.Contains("/years/", StringComparison.Ordinal)));
        pages.Add(FirstLink(await http.GetStringAsync("/stacks"), h => h.StartsWith("/stacks/", StringComparison.Ordinal) && h.Length > 8 && char.IsDigit(h[8])));

        var assets = new SortedSet<string>(StringComparer.Ordinal) { "/_framework/blazor.web.js" };
        foreach (var page in pages)
        {
            using var response = await http.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            foreach (var asset in References(await response.Content.ReadAsStringAsync(), page))
            {
                assets.Add(asset);
            }
        }

        Assert.Contains("/app.css", assets);
        Assert.Contains("/css/stacks.css", assets);
        var problems = new List<string>();
        foreach (var asset in assets)
        {
            problems.AddRange(await CheckAsync(http, asset));
        }

        Assert.True(problems.Count == 0, $"of {assets.Count} assets ({string.Join(", ", assets)}):\n" + string.Join('\n', problems));
    }

    /// <summary>The identity body is the file (for those in wwwroot); each compressed answer
    /// decompresses to the same bytes.</summary>
    private static async Task<List<string>> CheckAsync(HttpClient http, string asset)
    {
        var problems = new List<string>();
        byte[]? plain = null;
        foreach (var encoding in new[] { null, "gzip, br", "gzip", "br" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            if (encoding is not null)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            }

            using var response = await http.SendAsync(request);
            var label = $"{asset} [{encoding ?? "identity"}]";
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{label}: {(int)response.StatusCode}");
                continue;
            }

            var body = await response.Content.ReadAsByteArrayAsync();
            if (body.Length == 0)
            {
                problems.Add($"{label}: 200 with an empty body");
                continue;
            }

            var decoded = Decode(body, response.Content.Headers.ContentEncoding.LastOrDefault());
            plain ??= decoded;
            if (!decoded.AsSpan().SequenceEqual(plain))
            {
                problems.Add($"{label}: {decoded.Length} bytes decoded, {plain.Length} plain, not the same");
            }
        }

        var source = SourceFile(asset);
        if (plain is not null && source is not null && !plain.AsSpan().SequenceEqual(File.ReadAllBytes(source)))
        {
            problems.Add($"{asset}: the body is not {source}");
        }

        return problems;
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        using Stream decoder = encoding switch
        {
            null or "identity" => new MemoryStream(body),
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => throw new InvalidDataException("unexpected Content-Encoding " + encoding),
        };
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The file in src/Calcine.Web/wwwroot an asset is served from, if it is one of ours.</summary>
    private static string? SourceFile(string asset)
    {
        var path = Path.Combine(ReadmeHost.RepositoryRoot(), "src", "Calcine.Web", "wwwroot", asset.TrimStart('/').Split('?')[0]);
        return File.Exists(path) ? path : null;
    }

    private static IEnumerable<string> References(string html, string page)
    {
        var baseHref = BaseHref().Match(html) is { Success: true } b ? b.Groups[1].Value : page;
        var root = new Uri(new Uri("http://host/"), baseHref);
        foreach (Match m in AssetReference().Matches(html))
        {
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var absolute = new Uri(root, url);
            Assert.True(absolute.Host == "host", $"{page} references {url}, outside this host");
            yield return absolute.PathAndQuery;
        }
    }

    private static string FirstLink(string html, Func<string, bool> accept) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).FirstOrDefault(accept)
        ?? throw new InvalidOperationException("no such link in the page");

    private async Task<HttpClient> SignedInClientAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = session.Platform.BaseAddress,
        };
        var login = await http.PostAsJsonAsync("/api/account/login", new { email = "admin@calcine.demo", password = BrowserSession.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return http;
    }

    [GeneratedRegex("""<(?:link|script|img)\b[^>]*?\b(?:href|src)\s*=\s*["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReference();

    [GeneratedRegex("""<base\s+href\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex BaseHref();

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
