using Calcine.Application;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform;

/// <summary>The one mapping from a use case's outcome to an HTTP answer: the value on success,
/// ProblemDetails otherwise (404, 403, 409 with the conflict's data as extensions, 400 with each
/// error under its field). Endpoints call a service and return this; nothing else builds these.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToHttp<T>(this Outcome<T> outcome) =>
        outcome.ToHttp(v => TypedResults.Ok(v));

    /// <summary>With the success answer chosen by the endpoint (201 Created, a file).</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToHttp<T, TOk>(this Outcome<T> outcome, Func<T, TOk> ok)
        where TOk : IResult => outcome.Kind switch
        {
            OutcomeKind.Ok => ok(outcome.Value!),
            OutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors, title: outcome.Title),
            _ => Problem(outcome),
        };

    public static ProblemHttpResult Problem<T>(Outcome<T> outcome) => TypedResults.Problem(
        statusCode: outcome.Kind switch
        {
            OutcomeKind.NotFound => StatusCodes.Status404NotFound,
            OutcomeKind.Forbidden => StatusCodes.Status403Forbidden,
            OutcomeKind.Conflict => StatusCodes.Status409Conflict,
            OutcomeKind.Invalid => StatusCodes.Status400BadRequest,
            _ => throw new ArgumentException("An Ok outcome is no problem.", nameof(outcome)),
        },
        title: outcome.Title,
        detail: outcome.Detail,
        extensions: outcome.Data.Count == 0 ? null : outcome.Data);

    /// <summary>A refusal as a page's notice says it: the conflict's or absence's reason, or what is
    /// invalid (the API's own words, which stay English: they are its machine contract).</summary>
    public static string Describe<T>(this Outcome<T> outcome, string fallback) => outcome.Kind switch
    {
        OutcomeKind.Invalid => $"{outcome.Title}: {Errors(outcome)}.",
        _ when outcome.Detail is { } detail => $"{outcome.Title}. {detail}",
        _ => outcome.Title ?? fallback,
    };

    /// <summary>Every error as "field message, message", joined by "; ".</summary>
    public static string Errors<T>(Outcome<T> outcome) =>
        string.Join("; ", outcome.Errors.Select(e => $"{e.Key} {string.Join(", ", e.Value)}"));
}
