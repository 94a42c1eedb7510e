using System.Globalization;
using Calcine.Application.Files;
using Calcine.Application.Roadmaps;
using Calcine.Application.Roadmaps.Baselines;
using Calcine.Application.Roadmaps.Library;
using Calcine.Application.Roadmaps.Scenarios;
using Calcine.Web.Platform;
using Calcine.Web.Platform.Data;
using Calcine.Web.Platform.Reports;
using Calcine.Web.Roadmaps.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Roadmaps;

/// <summary>Net-zero road maps (issue 12): the lever library, baselines derived from plant-years,
/// presets, scenarios of companies and associations (versions, run, result, comparison, Excel).
/// Every endpoint calls a use case; access is decided there by the policy (AccessAction.Roadmap and
/// EditRoadmap): a company's road maps are its own people's, an association's its analysts'.</summary>
public static class RoadmapsApi
{
    /// <summary>Bodies beyond this are refused with 413 before they are parsed.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static void MapRoadmapsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/roadmaps").RequireAuthorization().WithTags("Road maps");
        g.MapGet("/presets", Presets);
        g.MapGet("/library/versions", async (LeverLibraryService s, CancellationToken ct) => (await s.ListAsync(ct)).ToHttp());
        g.MapGet("/library/versions/{id:int}", async (int id, LeverLibraryService s, CancellationToken ct) => (await s.GetAsync(id, ct)).ToHttp());
        g.MapPost("/associations/{id:int}/library", ChangeLibraryAsync);
        g.MapGet("/plant-years", async (BaselineService s, CancellationToken ct) => (await s.PlantYearsAsync(ct)).ToHttp());
        g.MapGet("/baselines/{plantYearId:int}", async (int plantYearId, BaselineService s, CancellationToken ct) => (await s.DeriveAsync(plantYearId, ct)).ToHttp());
        g.MapPost("/companies/{id:int}/compose", async (int id, ComposeRequest body, ScenarioComposeService s, CancellationToken ct) => (await s.ComposeAsync(id, body, ct)).ToHttp());
        g.MapGet("/companies/{id:int}/scenarios", async (int id, ScenarioService s, CancellationToken ct) => (await s.ListAsync(RoadmapOwner.Company(id), ct)).ToHttp());
        g.MapPost("/companies/{id:int}/scenarios", (int id, int? libraryVersion, HttpRequest request, ScenarioService s, CancellationToken ct) =>
            CreateAsync(RoadmapOwner.Company(id), libraryVersion, request, s, ct));
        g.MapGet("/associations/{id:int}/scenarios", async (int id, ScenarioService s, CancellationToken ct) => (await s.ListAsync(RoadmapOwner.Association(id), ct)).ToHttp());
        g.MapPost("/associations/{id:int}/scenarios", (int id, int? libraryVersion, HttpRequest request, ScenarioService s, CancellationToken ct) =>
            CreateAsync(RoadmapOwner.Association(id), libraryVersion, request, s, ct));
        g.MapGet("/scenarios/{id:int}", async (int id, ScenarioService s, CancellationToken ct) => (await s.GetAsync(id, null, ct)).ToHttp());
        g.MapPut("/scenarios/{id:int}", UpdateAsync);
        g.MapDelete("/scenarios/{id:int}", async (int id, ScenarioService s, CancellationToken ct) => (await s.DeleteAsync(id, ct)).ToHttp());
        g.MapGet("/scenarios/{id:int}/versions", async (int id, ScenarioService s, CancellationToken ct) => (await s.VersionsAsync(id, ct)).ToHttp());
        g.MapGet("/scenarios/{id:int}/versions/{n:int}", async (int id, int n, ScenarioService s, CancellationToken ct) => (await s.GetAsync(id, n, ct)).ToHttp());
        g.MapPost("/scenarios/{id:int}/run", ResultAsync);
        g.MapGet("/scenarios/{id:int}/result", ResultAsync);
        g.MapGet("/scenarios/{id:int}/result.xlsx", WorkbookAsync);
        g.MapGet("/scenarios/{id:int}/result.pdf", PdfAsync);
        g.MapGet("/compare", async (int a, int b, ScenarioService s, CancellationToken ct) => (await s.CompareAsync(a, b, ct)).ToHttp());
    }

    public static Ok<object> Presets() => TypedResults.Ok<object>(new
    {
        targets = RoadmapPresets.Targets,
        carbonPrices = RoadmapPresets.CarbonPrices.Select(PresetView),
        gridFactors = RoadmapPresets.GridFactors.Select(PresetView),
        electricityPrices = RoadmapPresets.ElectricityPrices.Select(PresetView),
        cbam = new CbamExposureOptions(),
    });

    private static object PresetView(PathPreset p) => new
    {
        p.Id,
        p.Name,
        p.Unit,
        values = p.Values.ToDictionary(v => v.Key.ToString(CultureInfo.InvariantCulture), v => v.Value),
        p.Source,
        confidence = p.Confidence.ToString().ToLowerInvariant(),
    };

    public static async Task<Results<Ok<LibraryVersionView>, ValidationProblem, ProblemHttpResult>> ChangeLibraryAsync(
        int id, HttpRequest request, LeverLibraryService library, CancellationToken ct)
    {
        var body = await PlantYearAnswers.ReadBodyAsync(request, LeverLibraryService.MaxBodyBytes, ct);
        return body is null ? PlantYearAnswers.TooLarge(LeverLibraryService.MaxBodyBytes) : (await library.ChangeAsync(id, body, ct)).ToHttp();
    }

    /// <summary>Body: the <c>roadmap-scenario/1</c> document itself; an invalid one is a 400 whose
    /// errors are keyed by JSON path, and nothing is saved.</summary>
    public static async Task<Results<Created<ScenarioDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        RoadmapOwner owner, int? libraryVersion, HttpRequest request, ScenarioService scenarios, CancellationToken ct)
    {
        var body = await PlantYearAnswers.ReadBodyAsync(request, MaxBodyBytes, ct);
        return body is null ? PlantYearAnswers.TooLarge(MaxBodyBytes)
            : (await scenarios.CreateAsync(owner, body, libraryVersion, ct)).ToHttp(d => TypedResults.Created($"/api/roadmaps/scenarios/{d.Id}", d));
    }

    /// <summary><c>?version=N</c> is the version the editor read; <c>?libraryVersion=</c> changes the library version recorded.</summary>
    public static async Task<Results<Ok<ScenarioDetail>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, int? version, int? libraryVersion, HttpRequest request, ScenarioService scenarios, CancellationToken ct)
    {
        var body = await PlantYearAnswers.ReadBodyAsync(request, MaxBodyBytes, ct);
        return body is null ? PlantYearAnswers.TooLarge(MaxBodyBytes) : (await scenarios.UpdateAsync(id, body, version, libraryVersion, ct)).ToHttp();
    }

    /// <summary>The <c>roadmap-result/1</c> of a version (current by default), with the analysis; cached per version.</summary>
    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ResultAsync(
        int id, int? version, HttpResponse response, ScenarioService scenarios, CancellationToken ct)
    {
        var run = await scenarios.RunAsync(id, version, ct);
        if (run.IsOk)
        {
            response.Headers["X-Calcine-Scenario-Version"] = run.Value!.Version.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-Calcine-Result-Cached"] = run.Value.Cached ? "true" : "false";
        }

        return run.ToHttp(r => TypedResults.Text(r.ResultJson, "application/json"));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> WorkbookAsync(
        int id, int? version, ScenarioService scenarios, CancellationToken ct)
    {
        var run = await scenarios.RunAsync(id, version, ct);
        if (!run.IsOk)
        {
            return run.ToHttp(_ => TypedResults.File(Array.Empty<byte>()));
        }

        var detail = await scenarios.GetAsync(id, run.Value!.Version, ct);
        return TypedResults.File(ScenarioWorkbook.Build(run.Value, detail.Value?.Name ?? $"scenario {id}"), XlsxWorkbook.ContentType,
            $"roadmap-{id}-v{run.Value.Version.ToString(CultureInfo.InvariantCulture)}.xlsx");
    }

    /// <summary>The scenario page's result (trajectory, wedges, MACC, investment) printed to PDF from the same cached run.</summary>
    public static async Task<IResult> PdfAsync(int id, int? version, ScenarioService scenarios, ReportComponentHtml html, IReportPdfPrinter printer, CancellationToken ct)
    {
        var run = await scenarios.RunAsync(id, version, ct);
        if (!run.IsOk)
        {
            return run.ToHttp(_ => TypedResults.File(Array.Empty<byte>()));
        }

        var detail = await scenarios.GetAsync(id, run.Value!.Version, ct);
        if (!detail.IsOk)
        {
            return detail.ToHttp();
        }

        var result = ScenarioResultRestorer.Restore(detail.Value!.Document, run.Value.ResultJson);
        var body = await html.RenderAsync<RoadmapResultView>(new Dictionary<string, object?> { [nameof(RoadmapResultView.Result)] = result });
        var title = $"{detail.Value.Name} v{run.Value.Version.ToString(CultureInfo.InvariantCulture)}";
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is { Length: 2 } l && l != "iv" ? l : "en";
        return await printer.PdfAsync(ReportHtmlDocument.Wrap(title, $"<h1>{System.Net.WebUtility.HtmlEncode(title)}</h1>{body}", language),
            $"roadmap-{id}-v{run.Value.Version.ToString(CultureInfo.InvariantCulture)}.pdf", ct);
    }
}
