namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Finds keywords in free-text names (fuels, mineral components). Case and punctuation are
/// ignored; each word of a keyword matches the same word of the name or its plural (+s, +es), and a
/// keyword's words must follow each other. Whole words keep "coal" from matching "charcoal" or "coalescer".</summary>
internal static class NameKeywords
{
    public static bool Contains(string name, string keyword) => Occurs(Words(keyword), Words(name));

    /// <summary>The first keyword of the list that occurs in the name, or null.</summary>
    public static string? FirstIn(string name, IEnumerable<string> keywords)
    {
        var words = Words(name);
        return keywords.FirstOrDefault(k => Occurs(Words(k), words));
    }

    private static string[] Words(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static bool SameWord(string word, string keyword) =>
        word == keyword || (word.StartsWith(keyword, StringComparison.Ordinal) && word.AsSpan(keyword.Length) is "s" or "es");

    private static bool Occurs(string[] keyword, string[] words)
    {
        for (var start = 0; start + keyword.Length <= words.Length; start++)
        {
            var all = true;
            for (var k = 0; k < keyword.Length && all; k++)
            {
                all = SameWord(words[start + k], keyword[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
