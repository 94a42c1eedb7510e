using System.Globalization;
using Calcine.Domain.Cems;

namespace Calcine.Application.Cems.Stacks;

/// <summary>Parses the stack endpoints' query and route parameters strictly; every refusal names
/// its parameter, for a ValidationProblem.</summary>
public static class StackQuery
{
    /// <summary>A year of minutes is what the evaluation is sized for.</summary>
    public const int MaxDays = 366;

    public static bool TryMonth(string? text, Dictionary<string, string[]> errors, out int year, out int month)
    {
        year = month = 0;
        if (string.IsNullOrEmpty(text))
        {
            errors["month"] = ["required: a month as YYYY-MM"];
            return false;
        }

        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) || first.Year < 2000 || first.Year > 2100)
        {
            errors["month"] = [$"'{Printable(text)}' is not a month as YYYY-MM between 2000-01 and 2100-12"];
            return false;
        }

        (year, month) = (first.Year, first.Month);
        return true;
    }

    /// <summary>Local dates of the stack, both inclusive, at most <see cref="MaxDays"/> days.</summary>
    public static bool TryDays(string? from, string? to, Dictionary<string, string[]> errors, out DateOnly first, out DateOnly last)
    {
        var ok = TryDate("from", from, errors, out first) & TryDate("to", to, errors, out last);
        if (!ok)
        {
            return false;
        }

        if (last < first)
        {
            errors["to"] = [$"{Format(last)} is before from ({Format(first)})"];
            return false;
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            errors["to"] = [$"the period from {Format(first)} to {Format(last)} is longer than {MaxDays} days"];
            return false;
        }

        return true;
    }

    public static bool TryPollutant(string? text, Dictionary<string, string[]> errors, out Pollutant pollutant)
    {
        foreach (var p in Enum.GetValues<Pollutant>())
        {
            if (string.Equals(p.Key(), text, StringComparison.Ordinal))
            {
                pollutant = p;
                return true;
            }
        }

        pollutant = default;
        errors["pollutant"] = [$"'{Printable(text)}' is not one of {string.Join(", ", Enum.GetValues<Pollutant>().Select(p => p.Key()))}"];
        return false;
    }

    /// <summary>An ISO 8601 instant with Z or an explicit offset, whole seconds: an event's start as listed.</summary>
    public static bool TryInstant(string name, string? text, Dictionary<string, string[]> errors, out DateTime utc)
    {
        utc = default;
        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:sszzz"];
        if (text is null || text.Length > 40
            || !DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            || instant.Year < 2000 || instant.Year > 2100)
        {
            errors[name] = [$"'{Printable(text)}' is not an instant as YYYY-MM-DDTHH:MM:SSZ (or with an offset such as +08:00)"];
            return false;
        }

        utc = instant.UtcDateTime;
        return true;
    }

    public static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string name, string? text, Dictionary<string, string[]> errors, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            errors[name] = ["required: a date as YYYY-MM-DD (the stack's local day)"];
            return false;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) || date.Year < 2000 || date.Year > 2100)
        {
            errors[name] = [$"'{Printable(text)}' is not a date as YYYY-MM-DD between 2000 and 2100"];
            return false;
        }

        return true;
    }

    /// <summary>Echoes at most 40 characters of what was sent, anything but letters, digits and
    /// <c>-:+.</c> replaced: an error message must not become a vehicle for whatever a caller puts in a URL.</summary>
    private static string Printable(string? text)
    {
        if (text is null)
        {
            return "";
        }

        var cut = text.Length > 40 ? text[..40] + "…" : text;
        return string.Concat(cut.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '+' or '.' or '…' ? c : '?'));
    }
}
