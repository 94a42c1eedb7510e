using Calcine.Application.Access;
using Calcine.Application.Files;
using Calcine.Application.Roadmaps.Association;
using Calcine.Web.Platform.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Roadmaps;

/// <summary>The association's road map as JSON, CSV and Excel, all from <see cref="AssociationRoadmapService"/>:
/// for the association's analysts and platform admins only (members, verifiers and regulators get 403,
/// others 404), every figure through the benchmark's disclosure rule.</summary>
public static class AssociationRoadmapApi
{
    public static void MapAssociationRoadmapApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/roadmaps").RequireAuthorization().WithTags("Road maps");
        group.MapGet("/association", (int? association, string? mode, AssociationRoadmapService service, CancellationToken ct) =>
            AnswerAsync(association, mode, service, v => TypedResults.File(AssociationRoadmapJson.Write(v), "application/json"), ct));
        group.MapGet("/association.csv", (int? association, string? mode, AssociationRoadmapService service, CancellationToken ct) =>
            AnswerAsync(association, mode, service, v => TypedResults.File(AssociationRoadmapFiles.Csv(v), CsvFile.ContentType, "association-roadmap.csv"), ct));
        group.MapGet("/association.xlsx", (int? association, string? mode, AssociationRoadmapService service, CancellationToken ct) =>
            AnswerAsync(association, mode, service, v => TypedResults.File(AssociationRoadmapFiles.Xlsx(v), XlsxWorkbook.ContentType, "association-roadmap.xlsx"), ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> AnswerAsync(int? association, string? mode,
        AssociationRoadmapService service, Func<AssociationRoadmapView, FileContentHttpResult> file, CancellationToken ct)
    {
        if (AssociationRoadmapNames.ParseMode(mode) is not { } parsed)
        {
            return PlantYearAnswers.Invalid([new("mode", "members-plans or sector-optimum")], "The road-map query is invalid");
        }

        var opening = await service.OpenAsync(association, parsed, ct);
        return opening.Decision switch
        {
            AccessDecision.Allowed when opening.View is { } view => file(view),
            AccessDecision.Allowed => PlantYearAnswers.Invalid([new("association", opening.Problem ?? "no road map")], "The road-map query is invalid"),
            AccessDecision.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Only the association's analysts see its road map."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        };
    }
}
