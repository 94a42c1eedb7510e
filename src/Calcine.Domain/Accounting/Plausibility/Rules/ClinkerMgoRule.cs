using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class ClinkerMgoRule : SingleYearRule
{
    public override string Id => "PY002";
    public override string Description => "MgO content of clinker (EN 197-1 limit 5 %)";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input) =>
        OutsideRange(input, year, "$.clinker.mgo", year.Document.Clinker.Mgo, RangeKeys.ClinkerMgo,
            "Clinker with more than 5 % MgO does not meet EN 197-1, and with method B2 each point of MgO adds 10.9 kg CO2/t clinker; " +
            "check the analysis and its unit.");
}
