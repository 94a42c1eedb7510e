using Calcine.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Verification;

/// <summary>The answers the workflow endpoints share.</summary>
public static class WorkflowAnswers
{
    /// <summary>409: the step (or finding action) does not fit the year's current status, which it names.</summary>
    public static ProblemHttpResult Conflict(string yearStatus, string detail, string title = "Not possible in the year's current status") =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail,
            extensions: new Dictionary<string, object?> { ["yearStatus"] = yearStatus });

    public static ProblemHttpResult NoSuch(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No such {what} in this reporting year.");

    /// <summary>The signed-in person as the audit log names them.</summary>
    public static (string Id, string? Name) Actor(AuditContext audit) => (audit.Actor.Id, audit.Actor.Name);
}
