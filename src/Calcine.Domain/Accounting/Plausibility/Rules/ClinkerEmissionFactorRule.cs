using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>The calcination factor actually used. The B1 default (0.525) is not checked: it is in range by construction.</summary>
public sealed class ClinkerEmissionFactorRule : SingleYearRule
{
    public override string Id => "PY003";
    public override string Description => "Clinker calcination emission factor used (B1 given, B2 from CaO/MgO, A1 from raw meal)";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var py = year.Document;
        if (year.ClinkerProduced == 0m)
        {
            return [];
        }

        var (path, how) = py.Calcination.Method switch
        {
            CalcinationMethod.B1 when py.Clinker.EmissionFactor is null => (null, ""),
            CalcinationMethod.B1 => ("$.clinker.emissionFactor_tCO2_per_t", "the plant-specific B1 factor"),
            CalcinationMethod.B2 => ("$.clinker", "the B2 factor from clinker CaO and MgO less the non-carbonate inputs"),
            CalcinationMethod.A1 => ("$.calcination.rawMeal", "the A1 factor, raw meal consumed × LOI / clinker produced"),
            _ => throw new InvalidOperationException($"unknown calcination method {py.Calcination.Method}"),
        };
        return path is null ? [] : OutsideRange(input, year, path, year.Gcca.Calcination.ClinkerEf, RangeKeys.ClinkerEmissionFactor,
            $"This is {how}, in t CO2/t clinker. Outside the range, check the oxide analysis, the size of the non-carbonate " +
            "correction and, for A1, the raw-meal tonnage and LOI.");
    }
}
