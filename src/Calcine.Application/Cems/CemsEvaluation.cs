using Calcine.Domain.Cems.China;
using Calcine.Domain.Cems.Eu;
using Calcine.Domain.Cems.Limits;
using Calcine.Domain.Results;

namespace Calcine.Application.Cems;

/// <summary>The <c>cems evaluate</c> use case: read the minute CSV, evaluate it with the chosen rules.</summary>
public static class CemsEvaluation
{
    /// <param name="standardId">GB 4915 variant for the China rule sets; must be null for EU rules.</param>
    public static Result<CemsReport> Run(Stream input, string rulesId, string? standardId, bool includePeriods = false)
    {
        if (CemsRuleSets.IsEu(rulesId))
        {
            if (standardId is not null)
            {
                return Result<CemsReport>.Fail("--standard", $"applies to the China rule sets only, not to {rulesId}");
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

        var ule = LimitCatalog.Ule(rulesId);
        if (ule is null)
        {
            return Result<CemsReport>.Fail("--rules", $"unknown rule set '{rulesId}'; one of {string.Join(", ", CemsRuleSets.Ids)}");
        }

        var standardName = standardId ?? LimitCatalog.Gb4915General;
        var standard = LimitCatalog.Standard(standardName, ule.Source);
        if (standard is null)
        {
            return Result<CemsReport>.Fail("--standard", $"unknown standard '{standardName}'; one of {string.Join(", ", LimitCatalog.StandardIds)}");
        }

        var csv = MinuteCsvReader.Read(input, ule.ReferenceO2Percent);
        if (!csv.Success)
        {
            return Result<CemsReport>.Fail(csv.Errors);
        }

        var result = UleEvaluator.Evaluate(csv.Value.Series, UleRules.For(ule), standard);
        return result.Success ? Result<CemsReport>.Ok(new CemsReport(csv.Value, result.Value, null, includePeriods)) : Result<CemsReport>.Fail(result.Errors);
    }
}
