using Calcine.Domain.Cems.Eu;
using Calcine.Domain.Cems.Limits;

namespace Calcine.Application.Cems;

/// <summary>The rule sets <c>cems evaluate --rules</c> accepts: the China ULE sets (hourly, monthly
/// 95 % rule, judged together with a GB 4915 standard) and EU IED Annex VI (daily averages).</summary>
public static class CemsRuleSets
{
    public static string EuIed => EuIedRules.CementKilnCoIncineration.DailyLimits.Id;

    public static IReadOnlyList<string> Ids { get; } = [.. LimitCatalog.UleSets.Select(s => s.Id), EuIed];

    public static IReadOnlyList<string> StandardIds => LimitCatalog.StandardIds;

    public static bool IsEu(string id) => id == EuIed;
}
