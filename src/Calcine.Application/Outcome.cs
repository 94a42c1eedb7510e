using Calcine.Domain.Results;

namespace Calcine.Application;

/// <summary>How a use case ended. Web maps each to one HTTP answer (docs/adr/0008).</summary>
public enum OutcomeKind
{
    Ok,
    NotFound,
    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>The answer of a use case: its value, or why there is none, said the same way to the API,
/// a page, the CLI or a job. A conflict carries data the caller needs to recover (the year's status,
/// the current version); an invalid request carries every error under the field it is about.</summary>
public sealed class Outcome<T>
{
    private static readonly Dictionary<string, object?> NoData = [];
    private static readonly Dictionary<string, string[]> NoErrors = [];

    private Outcome(OutcomeKind kind, T? value, string? title, string? detail,
        IReadOnlyDictionary<string, object?>? data = null, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        Kind = kind;
        Value = value;
        Title = title;
        Detail = detail;
        Data = data ?? NoData;
        Errors = errors ?? NoErrors;
    }

    public OutcomeKind Kind { get; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="OutcomeKind.Ok"/>.</summary>
    public T? Value { get; }

    public string? Title { get; }

    public string? Detail { get; }

    public IReadOnlyDictionary<string, object?> Data { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool IsOk => Kind == OutcomeKind.Ok;

    public static Outcome<T> Ok(T value) => new(OutcomeKind.Ok, value, null, null);

    public static Outcome<T> NotFound(string? detail = null, string title = "Not found") => new(OutcomeKind.NotFound, default, title, detail);

    public static Outcome<T> Forbidden(string? detail = null) => new(OutcomeKind.Forbidden, default, "Forbidden", detail);

    public static Outcome<T> Conflict(string title, string detail, IReadOnlyDictionary<string, object?>? data = null) =>
        new(OutcomeKind.Conflict, default, title, detail, data);

    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors, string title) =>
        new(OutcomeKind.Invalid, default, title, null, errors: errors);

    /// <summary>Domain errors grouped under the path (JSON path or sheet!cell) each is about.</summary>
    public static Outcome<T> Invalid(IEnumerable<ValidationError> errors, string title) =>
        Invalid(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title);

    /// <summary>The same refusal for a use case of another value type.</summary>
    public Outcome<TOther> Refusal<TOther>() => IsOk
        ? throw new InvalidOperationException("An Ok outcome is no refusal.")
        : new(Kind, default, Title, Detail, Data, Errors);
}
