using System.Net;
using System.Text.RegularExpressions;
using Calcine.Web.Tests.Platform;

namespace Calcine.Web.Tests.Localization;

/// <summary>The language switch and the stored preference, on each database provider (the
/// preference is an Identity user claim in the database).</summary>
public abstract class LanguageSwitchTests(DemoPlatformFixture fixture)
{
    [Fact]
    public async Task Switch_Anonymous_SetsTheCookieOnlyAndTheSignInPageFollowsIt()
    {
        using var visitor = fixture.Client();
        var token = await LanguagePages.TokenAsync(visitor, "/login");

        using var switched = await LanguagePages.SwitchAsync(visitor, token, "ru", "/login");
        var (_, html) = await LanguagePages.GetAsync(visitor, "/login");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/login", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(LanguagePages.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal("ru", LanguagePages.HtmlLang(html));
        Assert.Contains($"<h1>{ResourceFiles.Read("Components/Pages/Login", "ru")["Sign in"]}</h1>", html, StringComparison.Ordinal);

        // Nothing was stored for anyone: the same person signing in elsewhere gets English.
        using var elsewhere = await fixture.SignInAfreshAsync("viewer");
        Assert.Equal("en", LanguagePages.HtmlLang((await LanguagePages.GetAsync(elsewhere, "/")).Html));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ru-RU")]
    [InlineData("RU")]
    [InlineData("")]
    [InlineData("en<script>")]
    public async Task Switch_UnsupportedCulture_Answers400NamingTheField(string culture)
    {
        using var visitor = fixture.Client();
        var token = await LanguagePages.TokenAsync(visitor, "/login");

        using var response = await LanguagePages.SwitchAsync(visitor, token, culture, "/login");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"culture\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(LanguagePages.CookieName, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/login")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Switch_ReturnUrlOffThisSite_IsRefusedWith400(string returnUrl)
    {
        using var visitor = fixture.Client();
        var token = await LanguagePages.TokenAsync(visitor, "/login");

        using var response = await LanguagePages.SwitchAsync(visitor, token, "az", returnUrl);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("\"returnUrl\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switch_WithoutAntiforgeryToken_IsRefused()
    {
        using var visitor = fixture.Client();
        using var response = await visitor.SendRawAsync(HttpMethod.Post, "/account/culture",
            "culture=ru&returnUrl=%2F"u8.ToArray(), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(LanguagePages.CookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Switch_SignedIn_IsStoredForTheUserAndAppliedAtTheNextSignInElsewhere()
    {
        using var first = await fixture.SignedInAsync("regulator");
        var token = await LanguagePages.TokenAsync(first, "/");

        using var switched = await LanguagePages.SwitchAsync(first, token, "zh-Hans", "/");
        var here = await LanguagePages.GetAsync(first, "/", acceptLanguage: "en");

        // A new browser (no culture cookie) asking for Russian: the user's stored choice wins.
        using var elsewhere = await fixture.SignInAfreshAsync("regulator");
        var there = await LanguagePages.GetAsync(elsewhere, "/", acceptLanguage: "ru");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("zh-Hans", LanguagePages.HtmlLang(here.Html));
        Assert.Equal("zh-Hans", LanguagePages.HtmlLang(there.Html));
        Assert.Contains($"<h1>{ResourceFiles.Read("Components/Pages/Home", "zh")["Home"]}</h1>", there.Html, StringComparison.Ordinal);

        // And back: the stored choice is replaced, not added to.
        using var back = await LanguagePages.SwitchAsync(first, await LanguagePages.TokenAsync(first, "/"), "en", "/");
        using var third = await fixture.SignInAfreshAsync("regulator");
        Assert.Equal("en", LanguagePages.HtmlLang((await LanguagePages.GetAsync(third, "/", acceptLanguage: "ru")).Html));
    }

    [Fact]
    public async Task Culture_WithoutChoice_FollowsAcceptLanguageThenEnglish()
    {
        using var analyst = await fixture.SignedInAsync("association-analyst");

        Assert.Equal("en", LanguagePages.HtmlLang((await LanguagePages.GetAsync(analyst, "/")).Html));
        Assert.Equal("en", LanguagePages.HtmlLang((await LanguagePages.GetAsync(analyst, "/", "fr-FR,fr;q=0.9")).Html));
        Assert.Equal("az", LanguagePages.HtmlLang((await LanguagePages.GetAsync(analyst, "/", "az-Latn-AZ")).Html));
        Assert.Equal("zh-Hans", LanguagePages.HtmlLang((await LanguagePages.GetAsync(analyst, "/", "zh-CN,zh;q=0.9")).Html));
        Assert.Equal("ru", LanguagePages.HtmlLang((await LanguagePages.GetAsync(analyst, "/", "de;q=0.9,ru;q=0.8")).Html));
    }
}

public sealed class LanguageSwitchTestsOnSqlite(DemoPlatformFixture fixture) : LanguageSwitchTests(fixture), IClassFixture<DemoPlatformFixture>;

public sealed class LanguageSwitchTestsOnPostgres(PostgresDemoPlatformFixture fixture) : LanguageSwitchTests(fixture), IClassFixture<PostgresDemoPlatformFixture>;

/// <summary>Every existing page under az, ru and zh: translated, with no English left of a sample
/// of known texts; numbers in the language's format on pages, invariant in files and the API.</summary>
public partial class TranslatedPagesTests(DemoPlatformFixture fixture) : IClassFixture<DemoPlatformFixture>
{
    private static readonly (string Language, string AcceptLanguage)[] Languages = [("az", "az"), ("ru", "ru-RU,ru;q=0.9"), ("zh", "zh-CN")];

    /// <summary>Path (under the plant NR-01), the component, and a text of it that must appear translated.</summary>
    private static readonly (string Path, string Component, string Key)[] Pages =
    [
        ("/", "Components/Pages/Home", "Jurisdiction"),
        ("/plants/{id}", "Components/Pages/PlantPage", "Reporting years"),
        ("/plants/{id}/years/2024", "Components/Pages/YearPage", "Saved by"),
        ("/plants/{id}/years/2024/months/3", "Components/Pages/MonthPage", "Save month"),
        ("/plants/{id}/years/2024/months/3", "Components/Pages/MonthPage", "Grid EF (t CO2/MWh)"),
        ("/plants/{id}/years/2024/inventory", "Components/Pages/InventoryPage", "Results by method"),
        ("/plants/{id}/years/2024/inventory", "Components/Shared/KpiTable", "Gross CO2 per t clinker"),
        ("/plants/{id}/years/2024/workbook", "Components/Pages/WorkbookPage", "Download the workbook"),
        ("/plants/{id}/years/2024/verification", "Components/Pages/VerificationPage", "Next steps"),
        ("/plants/{id}/years/2024/verification", "Components/Shared/YearNav", "Verification"),
        ("/plants/{id}/kpis", "Components/Pages/PlantKpisPage", "Data from"),
        ("/dashboard", "Components/Pages/DashboardPage", "Figure"),
    ];

    /// <summary>English texts of those pages that must not be left in a translated page.</summary>
    private static readonly string[] EnglishSamples =
    [
        ">Sign out<", ">Plants<", "Reporting years", "Open for editing", "Saved by", "Save month", "Results by method",
        "Download the workbook", "Next steps", "KPI trends", "Months entered", "Clinker produced (t)",
        "No plant is assigned", "Data from", ">Dashboard<", ">Benchmarks<", "GCCA key figures",
    ];

    public static TheoryData<string> LanguageNames() => [.. Languages.Select(l => l.Language)];

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public async Task Pages_UnderEachLanguage_AreTranslatedWithNoEnglishLeft(string language)
    {
        var accept = Languages.Single(l => l.Language == language).AcceptLanguage;
        using var admin = await fixture.SignedInAsync("platform-admin");
        var id = fixture.PlantIds["NR-01"];

        foreach (var (path, component, key) in Pages)
        {
            var (status, html) = await LanguagePages.GetAsync(admin, path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), accept);
            Assert.True(status == HttpStatusCode.OK, $"{path}: {status}");

            Assert.Contains(ResourceFiles.Read(component, language)[key], html, StringComparison.Ordinal);
            Assert.Contains(ResourceFiles.Read("Components/Layout/MainLayout", language)["Sign out"], html, StringComparison.Ordinal);
            var leftovers = EnglishSamples.Where(e => html.Contains(e, StringComparison.Ordinal)).ToList();
            Assert.True(leftovers.Count == 0, $"{language} {path} still shows: {string.Join(" | ", leftovers)}");
        }
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public async Task BenchmarksPage_UnderEachLanguage_IsTranslated(string language)
    {
        var accept = Languages.Single(l => l.Language == language).AcceptLanguage;
        using var analyst = await fixture.SignedInAsync("association-analyst");

        var (status, html) = await LanguagePages.GetAsync(analyst, "/benchmarks", accept);

        Assert.Equal(HttpStatusCode.OK, status);
        var resx = ResourceFiles.Read("Components/Pages/BenchmarksPage", language);
        Assert.Contains(resx["Members"], html, StringComparison.Ordinal);
        Assert.Contains(resx["Gross CO2 per t clinker"], html, StringComparison.Ordinal);
        Assert.DoesNotContain("No member's name or value is shown", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Median<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InventoryPage_UnderRussian_ShowsNumbersWithDecimalCommaAndSpaceGrouping()
    {
        using var admin = await fixture.SignedInAsync("platform-admin");
        var path = $"/plants/{fixture.PlantIds["NR-01"]}/years/2024/inventory";

        var english = LanguagePages.TestIdText((await LanguagePages.GetAsync(admin, path, "en")).Html, "kpi-gross-per-clinker");
        var russian = LanguagePages.TestIdText((await LanguagePages.GetAsync(admin, path, "ru")).Html, "kpi-gross-per-clinker");
        var englishTotal = LanguagePages.TestIdText((await LanguagePages.GetAsync(admin, path, "en")).Html, "kpi-gross-co2");
        var russianTotal = LanguagePages.TestIdText((await LanguagePages.GetAsync(admin, path, "ru")).Html, "kpi-gross-co2");

        Assert.Matches(EnglishDecimal(), english);
        Assert.Matches(RussianDecimal(), russian);
        Assert.Equal(english.Replace('.', ','), russian);
        // Above 1000 the figure is grouped: "," in English, a no-break space in Russian.
        Assert.Matches(EnglishGrouped(), englishTotal);
        Assert.Matches(RussianGrouped(), russianTotal);
        Assert.Equal(englishTotal.Replace(",", "", StringComparison.Ordinal), Regex.Replace(russianTotal, @"\s", "", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task ApiAndCsv_UnderRussian_StayInvariant()
    {
        using var english = await fixture.SignedInAsync("plant-editor");
        using var russian = await fixture.SignedInAsync("company-admin");
        // This client has Russian by its cookie as well as by its header.
        await LanguagePages.SwitchAsync(russian, await LanguagePages.TokenAsync(russian, "/"), "ru", "/");
        var id = fixture.PlantIds["NR-01"];
        var ru = new Dictionary<string, string> { ["Accept-Language"] = "ru" };

        foreach (var path in new[] { $"api/plants/{id}/years/2024/months.csv", $"api/plants/{id}/years/2024/inventory", $"api/plants/{id}/kpi-trend" })
        {
            using var en = await english.GetAsync(path);
            using var r = await russian.SendAsync(HttpMethod.Get, path, headers: ru);
            var englishBody = await en.Content.ReadAsStringAsync();
            var russianBody = await r.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal(englishBody, russianBody);
            Assert.Matches(InvariantDecimal(), russianBody);
        }

        Assert.Equal("ru", LanguagePages.HtmlLang((await LanguagePages.GetAsync(russian, "/")).Html));
    }

    [Fact]
    public async Task ApiErrors_UnderRussian_KeepTheirEnglishMessages()
    {
        using var viewer = await fixture.SignedInAsync("viewer");
        using var response = await viewer.SendAsync(HttpMethod.Get, "api/plants/1/years/1800/inventory", headers: new Dictionary<string, string> { ["Accept-Language"] = "ru" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, response.StatusCode.ToString());
        Assert.DoesNotMatch(@"\p{IsCyrillic}", body);
    }

    [GeneratedRegex(@"^\d{1,3}\.\d+$")]
    private static partial Regex EnglishDecimal();

    [GeneratedRegex(@"^\d{1,3},\d+$")]
    private static partial Regex RussianDecimal();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex EnglishGrouped();

    [GeneratedRegex(@"^\d{1,3}([\u00A0\u202F ]\d{3})+$")]
    private static partial Regex RussianGrouped();

    [GeneratedRegex(@"\d\.\d")]
    private static partial Regex InvariantDecimal();
}
