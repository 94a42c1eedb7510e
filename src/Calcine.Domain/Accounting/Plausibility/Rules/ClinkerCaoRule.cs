using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class ClinkerCaoRule : SingleYearRule
{
    public override string Id => "PY001";
    public override string Description => "CaO content of clinker";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input) =>
        OutsideRange(input, year, "$.clinker.cao", year.Document.Clinker.Cao, RangeKeys.ClinkerCao,
            "CaO of Portland clinker (free lime included) lies near 65 %; outside the range, check for a cement instead of a clinker " +
            "analysis, a percent entered as a fraction, or a special clinker. With method B2 it drives the calcination factor.");
}
