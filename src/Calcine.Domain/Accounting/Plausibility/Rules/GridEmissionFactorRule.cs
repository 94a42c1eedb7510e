using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>The grid factor, when grid electricity is consumed. A missing factor (explicit null) counts as 0.</summary>
public sealed class GridEmissionFactorRule : SingleYearRule
{
    public override string Id => "PY018";
    public override string Description => "Grid electricity emission factor";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var e = year.Document.Electricity;
        if (e.GridMegawattHours == 0m)
        {
            return [];
        }

        var ef = e.GridEf?.TonnesCo2PerMegawattHour ?? 0m;
        var source = e.GridEfSource is null ? "" : $" (source given: {e.GridEfSource})";
        return OutsideRange(input, year, "$.electricity.gridEf_tCO2_per_MWh", ef, RangeKeys.GridEmissionFactor,
            $"Grid factor{source} for {Show.Number(e.GridMegawattHours, 0)} MWh of grid electricity; it gives indirect CO2 and the " +
            "CBAM indirect embedded emissions. 0 needs a documented zero-carbon supply; above the range, check the unit " +
            "(t CO2/MWh = kg CO2/kWh), the country and the year.");
    }
}
