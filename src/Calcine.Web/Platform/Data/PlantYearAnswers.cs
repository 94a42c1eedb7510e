using Calcine.Application.Activity;
using Calcine.Storage.Activity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>The HTTP answers shared by the data endpoints (year closed, stale version, invalid
/// input, a body too large) and the bounded read of a request body.</summary>
public static class PlantYearAnswers
{
    public static ProblemHttpResult NotEditable(string status) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The reporting year is not open for editing",
        detail: $"The year is {status}; data can be changed only while it is {PlantYearStatus.Draft} or {PlantYearStatus.Reopened}.",
        extensions: new Dictionary<string, object?> { ["yearStatus"] = status });

    public static ProblemHttpResult Stale(string what, int current) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: $"The {what} was changed by someone else",
        detail: $"Reload the {what} and apply your change again.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = current });

    public static ProblemHttpResult BadYear() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: $"A reporting year is between {PlantYearStore.MinYear} and {PlantYearStore.MaxYear}.");

    /// <summary>Invalid input: every error with the path (JSON path or sheet!cell) it is about.</summary>
    public static ValidationProblem Invalid(IEnumerable<Calcine.Domain.Results.ValidationError> errors, string title = "The data is invalid; nothing was saved") =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: title);

    /// <summary>Reads a request body up to a limit; null when it is larger.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static ProblemHttpResult TooLarge(int limit) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The upload is too large", detail: $"At most {limit} bytes; nothing was imported.");
}
