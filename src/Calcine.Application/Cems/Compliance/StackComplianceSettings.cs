using System.Text;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems.Compliance;

/// <summary>What a stack is judged by, as stored on it: a China rule set id, optionally a GB 4915
/// variant, or a permit/provincial limit set document (the JSON of <c>cems evaluate --limits</c>).</summary>
public sealed record StackComplianceSettings(string? Rules, string? Standard, string? LimitsJson)
{
    /// <summary>The ULE set and the legal standard, with the same checks as <c>cems evaluate</c>.
    /// Errors name the setting: <c>rules</c>, <c>standard</c> or <c>limits</c> (with the JSON path).</summary>
    public Result<(LimitSet Ule, LimitSet Standard)> Resolve()
    {
        if (string.IsNullOrEmpty(Rules))
        {
            return Result<(LimitSet, LimitSet)>.Fail("rules", "the stack has no compliance rule set configured");
        }

        if (CemsRuleSets.IsEu(Rules))
        {
            return Result<(LimitSet, LimitSet)>.Fail("rules", $"{Rules} (daily averages) is evaluated by `cems evaluate` on CSV only; stored data supports the China rule sets: {string.Join(", ", LimitCatalog.UleSets.Select(s => s.Id))}");
        }

        LimitSet? site = null;
        if (LimitsJson is not null)
        {
            var read = LimitSetReader.Read(Encoding.UTF8.GetBytes(LimitsJson));
            if (!read.Success)
            {
                return Result<(LimitSet, LimitSet)>.Fail([.. read.Errors.Select(e => e with { Path = $"limits: {e.Path}" })]);
            }

            site = read.Value;
        }

        var resolved = CemsEvaluation.ResolveChina(Rules, Standard, site);
        return resolved.Success
            ? resolved
            : Result<(LimitSet, LimitSet)>.Fail([.. resolved.Errors.Select(e => e with { Path = e.Path.TrimStart('-') })]);
    }
}
