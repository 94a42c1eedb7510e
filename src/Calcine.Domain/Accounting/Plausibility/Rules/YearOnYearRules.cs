namespace Calcine.Domain.Accounting.Plausibility.Rules;

public sealed class ClinkerProductionJumpRule : YearOnYearRule
{
    public override string Id => "PY032";
    public override string Description => "Year-on-year change of clinker production";
    protected override string Path => "$.clinker.produced_t";
    protected override string RangeKey => RangeKeys.YearOnYearClinkerProduced;
    protected override string MetricName => "Clinker produced (t)";
    protected override bool Relative => true;
    protected override decimal? Metric(PlantYearFacts year) => year.ClinkerProduced;
}

public sealed class SpecificHeatJumpRule : YearOnYearRule
{
    public override string Id => "PY033";
    public override string Description => "Year-on-year change of specific heat consumption";
    protected override string Path => "$.fuels";
    protected override string RangeKey => RangeKeys.YearOnYearSpecificHeat;
    protected override string MetricName => "Specific heat consumption (MJ/t clinker)";
    protected override bool Relative => true;
    protected override decimal? Metric(PlantYearFacts year) => year.Kpis.SpecificHeatMjPerTonneClinker;
}

public sealed class ClinkerFactorJumpRule : YearOnYearRule
{
    public override string Id => "PY034";
    public override string Description => "Year-on-year change of the clinker factor";
    protected override string Path => "$.cement.mineralComponents_t";
    protected override string RangeKey => RangeKeys.YearOnYearClinkerFactor;
    protected override string MetricName => "Clinker factor (t clinker/t cement)";
    protected override bool Relative => false;
    protected override decimal? Metric(PlantYearFacts year) => year.Kpis.ClinkerFactor;
}

public sealed class GrossCo2PerClinkerJumpRule : YearOnYearRule
{
    public override string Id => "PY035";
    public override string Description => "Year-on-year change of gross CO2 per tonne of clinker";
    protected override string Path => "$.clinker.produced_t";
    protected override string RangeKey => RangeKeys.YearOnYearGrossCo2PerClinker;
    protected override string MetricName => "Gross CO2 per tonne of clinker (kg/t)";
    protected override bool Relative => true;
    protected override decimal? Metric(PlantYearFacts year) => year.Kpis.GrossCo2PerClinkerKg;
}
