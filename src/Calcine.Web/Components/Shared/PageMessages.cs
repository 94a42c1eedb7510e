using System.Globalization;
using System.Text.RegularExpressions;
using Calcine.Domain.Accounting.Plausibility;
using Microsoft.Extensions.Localization;

namespace Calcine.Web.Components.Shared;

/// <summary>Field errors and plausibility warnings as a page shows them. The engine writes them in
/// English for the API (a machine contract that does not change); a page in another language shows
/// each known message shape translated, with its values, and a warning as its rule's translated
/// description (the value and the expected range stand beside it). A message of an unknown shape
/// stays in English rather than being guessed.</summary>
public sealed class PageMessages(IStringLocalizer<PageMessages> l)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The English template (the resource key) of each known message shape of the month
    /// and document readers; the groups fill the template in order.</summary>
    private static readonly (Regex Shape, string Template)[] Shapes =
    [
        (Shape(@"^(.+) is out of range: (.+) to (.+) \((.+)\)$"), "{0} is out of range: {1} to {2} ({3})"),
        (Shape(@"^must be one of (.+)$"), "must be one of {0}"),
        (Shape(@"^must be ""(.+)""$"), "must be \"{0}\""),
        (Shape(@"^a mixed fuel must state its biogenic share$"), "a mixed fuel must state its biogenic share"),
        (Shape(@"^at most (\d+) characters$"), "at most {0} characters"),
        (Shape(@"^give either (\S+) \(plant-specific\) or (\S+) \(factor library\), not both$"), "give either {0} (plant-specific) or {1} (factor library), not both"),
        (Shape(@"^'(.*)' is not a (\S+) factor in library (\S+) \(calcine co2 factors lists them\)$"), "'{0}' is not a {1} factor in library {2} (calcine co2 factors lists them)"),
        (Shape(@"^a plant-specific (\S+) needs an evidence note \(lab report, supplier certificate\)$"), "a plant-specific {0} needs an evidence note (lab report, supplier certificate)"),
        (Shape(@"^required: a plant-specific (\S+) or a (\S+)$"), "required: a plant-specific {0} or a {1}"),
        (Shape(@"^required when grid electricity is consumed$"), "required when grid electricity is consumed"),
        (Shape(@"^(\d+) items; at most (\d+)$"), "{0} items; at most {1}"),
        (Shape(@"^a name has 1 to 200 characters and no control characters$"), "a name has 1 to 200 characters and no control characters"),
    ];

    private const string MonthAlone = " (for this month on its own)";

    private static readonly Dictionary<string, string> RuleDescriptions =
        PlausibilityRules.All.ToDictionary(r => r.Id, r => r.Description, StringComparer.Ordinal);

    /// <summary>Every English key this class may ask for (checked by the resource tests).</summary>
    public static IEnumerable<string> Keys => Shapes.Select(s => s.Template).Concat(RuleDescriptions.Values).Append("{0}" + MonthAlone);

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string Error(string message)
    {
        if (English)
        {
            return message;
        }

        if (message.EndsWith(MonthAlone, StringComparison.Ordinal))
        {
            return l["{0}" + MonthAlone, Error(message[..^MonthAlone.Length])];
        }

        foreach (var (shape, template) in Shapes)
        {
            var match = shape.Match(message);
            if (match.Success)
            {
                return l[template, [.. match.Groups.Values.Skip(1).Select(g => (object)g.Value)]];
            }
        }

        return message;
    }

    /// <summary>A plausibility warning: the English text as the engine wrote it, or in another
    /// language its rule's description (a month checked alone may also warn with a field error).</summary>
    public string Warning(string ruleId, string why) =>
        English ? why
        : RuleDescriptions.TryGetValue(ruleId, out var description) ? l[description]
        : Error(why);

    private static Regex Shape(string pattern) => new(pattern, RegexOptions.CultureInvariant, Timeout);
}
