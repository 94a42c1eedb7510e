namespace Calcine.Domain.Results;

/// <summary>An expected failure names the input it is about: a JSON path, a line or a byte offset.</summary>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>A value or the errors that prevented it (NodaTime's ParseResult is the model):
/// bad input is an answer, not an exception.</summary>
public sealed class Result<T>
{
    private readonly T? value;

    private Result(T? value, IReadOnlyList<ValidationError> errors)
    {
        this.value = value;
        Errors = errors;
    }

    public IReadOnlyList<ValidationError> Errors { get; }
    public bool Success => Errors.Count == 0;

    public T Value => Success ? value! : throw new InvalidOperationException($"No value: {Errors[0]}");

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Result<T> Fail(string path, string message) => Fail([new ValidationError(path, message)]);
}
