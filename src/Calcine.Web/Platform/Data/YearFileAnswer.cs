using System.Globalization;
using Calcine.Application;
using Calcine.Application.Activity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Calcine.Web.Platform.Data;

/// <summary>A whole-year export as HTTP: the file, with the year's version in
/// <c>X-Calcine-Version</c> (what an import must name) and its source in <c>X-Calcine-Source</c>.</summary>
public static class YearFileAnswer
{
    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> Of(Outcome<YearFile> outcome, HttpResponse response, bool withSource = false) =>
        outcome.ToHttp(f =>
        {
            response.Headers["X-Calcine-Version"] = f.Version.ToString(CultureInfo.InvariantCulture);
            if (withSource)
            {
                response.Headers["X-Calcine-Source"] = f.Source;
            }

            return TypedResults.File(f.File.Bytes, f.File.ContentType, f.File.Name);
        });
}
