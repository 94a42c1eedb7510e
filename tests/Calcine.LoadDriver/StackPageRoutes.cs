using System.Globalization;

namespace Calcine.LoadDriver;

/// <summary>The stack-page scenario: every user asks for the configured paths in turn, with
/// <c>{id}</c> the stack, <c>{month}</c> the current month (YYYY-MM), <c>{today}</c> and
/// <c>{month-start}</c> dates (YYYY-MM-DD, UTC). The paths are options, so the page and whatever
/// live endpoint it polls can be measured without the driver knowing them.</summary>
public sealed class StackPageRoutes(IReadOnlyList<string> templates, int stackId, DateTime todayUtc)
{
    public IReadOnlyList<string> Kinds => templates;

    public (string Kind, string Path) Next(int turn)
    {
        var template = templates[turn % templates.Count];
        return (template, Expand(template, stackId, todayUtc));
    }

    public static string Expand(string template, int stackId, DateTime todayUtc) => template
        .Replace("{id}", stackId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", todayUtc.ToString("yyyy-MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month-start}", todayUtc.ToString("yyyy-MM-01", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{today}", todayUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
