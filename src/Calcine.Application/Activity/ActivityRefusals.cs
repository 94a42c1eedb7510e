using Calcine.Storage.Activity;

namespace Calcine.Application.Activity;

/// <summary>The refusals every activity-data use case shares, worded once: a year outside the
/// reporting range, a closed year, a version someone else moved on.</summary>
public static class ActivityRefusals
{
    public static Outcome<T> BadYear<T>() =>
        Outcome<T>.NotFound($"A reporting year is between {PlantYearStore.MinYear} and {PlantYearStore.MaxYear}.");

    public static Outcome<T> NotEditable<T>(string status) => Outcome<T>.Conflict(
        "The reporting year is not open for editing",
        $"The year is {status}; data can be changed only while it is {PlantYearStatus.Draft} or {PlantYearStatus.Reopened}.",
        new Dictionary<string, object?> { ["yearStatus"] = status });

    public static Outcome<T> Stale<T>(string what, int current) => Outcome<T>.Conflict(
        $"The {what} was changed by someone else",
        $"Reload the {what} and apply your change again.",
        new Dictionary<string, object?> { ["currentVersion"] = current });

    public const string InvalidTitle = "The data is invalid; nothing was saved";

    /// <summary>A write that did not save, as the outcome the API and the pages report.</summary>
    public static Outcome<T> Of<T>(WriteOutcome write, string what, string invalidTitle = InvalidTitle) => write.Status switch
    {
        WriteStatus.Invalid => Outcome<T>.Invalid(write.Errors, invalidTitle),
        WriteStatus.NotEditable => NotEditable<T>(write.YearStatus),
        WriteStatus.Stale => Stale<T>(what, write.Version),
        _ => throw new ArgumentException("A saved write is no refusal.", nameof(write)),
    };
}
