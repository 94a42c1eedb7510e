using Microsoft.Playwright;

namespace Calcine.Browser.Tests;

/// <summary>Entering a month: saved with its version, warned where implausible, never overwriting
/// another editor, refused in a closed year and invisible to those who may not edit.</summary>
public class MonthEntryJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Editor = "plant.editor@calcine.demo";

    [Fact]
    public async Task PlantEditor_SavesAMonth_ItIsKept_AndAnImplausibleFactorIsWarnedAtTheClinker()
    {
        var page = await session.SignedInAsync(Editor);
        await page.GotoAsync(await PlantPages.PlantUrlAsync(page, "NR-01"));
        await page.GetByTestId("years").GetByRole(AriaRole.Link, new() { Name = "2024", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit month 3", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("month 3 of 2024");

        await page.GetByLabel("Clinker produced (t)", new() { Exact = true }).FillAsync("98765.4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("saved (version");

        await page.GotoAsync(page.Url);
        Assert.Equal("98765.4", await page.GetByLabel("Clinker produced (t)", new() { Exact = true }).InputValueAsync());
        var clinkerWarnings = page.GetByTestId("field-warnings:$.clinker").Locator("li");
        var before = await clinkerWarnings.CountAsync();

        await page.GetByLabel("Clinker EF (t CO2/t)").FillAsync("1.9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("saved (version");
        await Assertions.Expect(page.GetByTestId("field-warnings:$.clinker")).ToBeVisibleAsync();
        Assert.True(await clinkerWarnings.CountAsync() > before);
    }

    [Fact]
    public async Task TwoEditors_SecondSaveOfTheSameVersion_IsRefusedWithAClearMessage()
    {
        var first = await session.SignedInAsync(Editor);
        var second = await session.SignedInAsync(Editor);
        var url = await PlantPages.PlantUrlAsync(first, "NR-01") + "/years/2025/months/5";
        await first.GotoAsync(url);
        await second.GotoAsync(url);

        await first.GetByLabel("Clinker sold (t)").FillAsync("111");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();
        await Assertions.Expect(first.GetByTestId("notice")).ToContainTextAsync("saved");
        await second.GetByLabel("Clinker sold (t)").FillAsync("222");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();

        await Assertions.Expect(second.GetByTestId("notice")).ToContainTextAsync("Someone else saved this month");
        await second.GotoAsync(url);
        Assert.Equal("111", await second.GetByLabel("Clinker sold (t)").InputValueAsync());
    }

    [Fact]
    public async Task InvalidValue_IsShownNextToItsField_AndNothingIsSaved()
    {
        var page = await session.SignedInAsync(Editor);
        var url = await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2025/months/7";
        await page.GotoAsync(url);
        var before = await page.GetByLabel("Clinker produced (t)", new() { Exact = true }).InputValueAsync();

        await page.GetByLabel("Clinker produced (t)", new() { Exact = true }).FillAsync("5000");
        await page.GetByLabel("Clinker EF (t CO2/t)").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save month" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("nothing was saved");
        await Assertions.Expect(page.GetByTestId("field-errors:$.clinker")).ToContainTextAsync("2");
        await page.GotoAsync(url);
        Assert.Equal(before, await page.GetByLabel("Clinker produced (t)", new() { Exact = true }).InputValueAsync());
    }

    [Fact]
    public async Task LockedYear_ShowsTheMonthWithoutAForm_AndSaysWhy()
    {
        var page = await session.SignedInAsync(Editor);
        await page.GotoAsync(await PlantPages.PlantUrlAsync(page, "NR-01") + "/years/2023/months/1");

        await Assertions.Expect(page.GetByTestId("read-only")).ToContainTextAsync("not open for editing");
        Assert.Equal(0, await page.GetByTestId("month-form").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Save month" }).CountAsync());
    }

    [Fact]
    public async Task Viewer_SeesNoEditForm_AndAnotherTenantsYearIsNotFound()
    {
        var admin = await session.SignedInAsync("admin@calcine.demo");
        var otherTenant = await PlantPages.PlantUrlAsync(admin, "NR-01") + "/years/2024";
        var viewer = await session.SignedInAsync("viewer@calcine.demo");
        var own = await PlantPages.PlantUrlAsync(viewer, "LS-01") + "/years/2024";

        await viewer.GotoAsync(own + "/months/1");
        await Assertions.Expect(viewer.GetByTestId("read-only")).ToContainTextAsync("not change it");
        Assert.Equal(0, await viewer.GetByTestId("month-form").CountAsync());
        await viewer.GotoAsync(own + "/workbook");
        Assert.Equal(0, await viewer.GetByTestId("upload-form").CountAsync());

        foreach (var path in new[] { "", "/months/1", "/workbook", "/inventory" })
        {
            var response = await viewer.GotoAsync(otherTenant + path);
            Assert.Equal(404, response!.Status);
            Assert.DoesNotContain("NR-01", await viewer.ContentAsync(), StringComparison.Ordinal);
        }
    }
}
