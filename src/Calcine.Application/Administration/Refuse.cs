namespace Calcine.Application.Administration;

/// <summary>Collects the errors of one request under the field each is about.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var old) ? [.. old, message] : [message];

    /// <summary>A required text of at most <paramref name="max"/> characters, trimmed.</summary>
    public string Text(string field, string? value, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0 || text.Length > max)
        {
            Add(field, $"is required, 1 to {max} characters");
        }

        return text;
    }

    public Outcome<T> Invalid<T>(string title) => Outcome<T>.Invalid(errors, title);
}
