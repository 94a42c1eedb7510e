using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Eu;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems;

/// <summary>The <c>cems evaluate</c> use case: read the minute CSV, evaluate it with the chosen rules.</summary>
public static class CemsEvaluation
{
    /// <param name="standardId">GB 4915 variant for the China rule sets; must be null for EU rules.</param>
    /// <param name="siteLimits">A permit or provincial limit set that takes the place of GB 4915 (China rule sets only).</param>
    public static Result<CemsReport> Run(Stream input, string rulesId, string? standardId, bool includePeriods = false, LimitSet? siteLimits = null)
    {
        if (CemsRuleSets.IsEu(rulesId))
        {
            if (standardId is not null || siteLimits is not null)
            {
                return Result<CemsReport>.Fail(standardId is not null ? "--standard" : "--limits", $"applies to the China rule sets only, not to {rulesId}");
            }

            var eu = EuIedRules.CementKilnCoIncineration;
            var euCsv = MinuteCsvReader.Read(input, eu.DailyLimits.ReferenceO2Percent);
            if (!euCsv.Success)
            {
                return Result<CemsReport>.Fail(euCsv.Errors);
            }

            var euResult = EuIedEvaluator.Evaluate(euCsv.Value.Series, eu);
            return euResult.Success ? Result<CemsReport>.Ok(new CemsReport(euCsv.Value, null, euResult.Value, includePeriods)) : Result<CemsReport>.Fail(euResult.Errors);
        }

        var resolved = ResolveChina(rulesId, standardId, siteLimits);
        if (!resolved.Success)
        {
            return Result<CemsReport>.Fail(resolved.Errors);
        }

        var (ule, standard) = resolved.Value;
        var csv = MinuteCsvReader.Read(input, ule.ReferenceO2Percent);
        if (!csv.Success)
        {
            return Result<CemsReport>.Fail(csv.Errors);
        }

        var result = UleEvaluator.Evaluate(csv.Value.Series, UleRules.For(ule), standard);
        return result.Success ? Result<CemsReport>.Ok(new CemsReport(csv.Value, result.Value, null, includePeriods)) : Result<CemsReport>.Fail(result.Errors);
    }

    /// <summary>The ULE set and the legal standard a China rule set is judged with: the site's own
    /// limit set when given (it must match the ULE set's source and reference O2), else the GB 4915
    /// variant <paramref name="standardId"/> (general by default). Errors name the CLI option.</summary>
    public static Result<(LimitSet Ule, LimitSet Standard)> ResolveChina(string rulesId, string? standardId, LimitSet? siteLimits)
    {
        var ule = LimitCatalog.Ule(rulesId);
        if (ule is null)
        {
            return Result<(LimitSet, LimitSet)>.Fail("--rules", $"unknown rule set '{rulesId}'; one of {string.Join(", ", CemsRuleSets.Ids)}");
        }

        if (siteLimits is not null)
        {
            if (standardId is not null)
            {
                return Result<(LimitSet, LimitSet)>.Fail("--limits", "replaces --standard; give one of them");
            }

            if (siteLimits.Source != ule.Source || siteLimits.ReferenceO2Percent != ule.ReferenceO2Percent)
            {
                return Result<(LimitSet, LimitSet)>.Fail("--limits", $"the limit set '{siteLimits.Id}' is for {LimitSetReader.SourceKeys[(int)siteLimits.Source]} at {O2(siteLimits.ReferenceO2Percent)}, but {rulesId} judges {LimitSetReader.SourceKeys[(int)ule.Source]} at {O2(ule.ReferenceO2Percent)}");
            }
        }

        var standardName = standardId ?? LimitCatalog.Gb4915General;
        var standard = siteLimits ?? LimitCatalog.Standard(standardName, ule.Source);
        return standard is null
            ? Result<(LimitSet, LimitSet)>.Fail("--standard", $"unknown standard '{standardName}'; one of {string.Join(", ", LimitCatalog.StandardIds)}")
            : Result<(LimitSet, LimitSet)>.Ok((ule, standard));
    }

    private static string O2(double? reference) => reference is { } r ? $"{r.ToString(System.Globalization.CultureInfo.InvariantCulture)} % O2" : "measured concentration";
}
