using Calcine.Application.Activity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>The HTTP answers shared by the data endpoints (year closed, stale version, invalid
/// input, a body too large) and the bounded read of a request body.</summary>
public static class PlantYearAnswers
{
    public static ProblemHttpResult NotEditable(string status) => OutcomeResults.Problem(ActivityRefusals.NotEditable<object>(status));

    public static ProblemHttpResult Stale(string what, int current) => OutcomeResults.Problem(ActivityRefusals.Stale<object>(what, current));

    public static ProblemHttpResult BadYear() => OutcomeResults.Problem(ActivityRefusals.BadYear<object>());

    /// <summary>Invalid input: every error with the path (JSON path or sheet!cell) it is about.</summary>
    public static ValidationProblem Invalid(IEnumerable<Calcine.Domain.Results.ValidationError> errors, string title = ActivityRefusals.InvalidTitle) =>
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
