using Calcine.Application.Activity;

namespace Calcine.Application.Verification;

/// <summary>The refusals the verification use cases share.</summary>
public static class VerificationRefusals
{
    /// <summary>The step (or finding action) does not fit the year's current status, which it names.</summary>
    public static Outcome<T> Conflict<T>(string yearStatus, string detail, string title = "Not possible in the year's current status") =>
        Outcome<T>.Conflict(title, detail, new Dictionary<string, object?> { ["yearStatus"] = yearStatus });

    public static Outcome<T> NoSuch<T>(string what) => Outcome<T>.NotFound($"No such {what} in this reporting year.");

    public static Outcome<T> BadYear<T>() =>
        Outcome<T>.NotFound($"A reporting year is between {PlantYearStore.MinYear} and {PlantYearStore.MaxYear}.");
}
