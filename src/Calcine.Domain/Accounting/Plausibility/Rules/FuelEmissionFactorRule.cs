using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>CO2 emission factor per fuel type recognised from the name; category-wide when not recognised.
/// When the factor came from a carbon content, the warning points at that field.</summary>
public sealed class FuelEmissionFactorRule : SingleYearRule
{
    public override string Id => "PY007";
    public override string Description => "CO2 emission factor per fuel type";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var fuels = year.Document.Fuels;
        for (var i = 0; i < fuels.Count; i++)
        {
            var fuel = fuels[i];
            var match = FuelTypes.Match(fuel.Name, fuel.Category);
            var ef = fuel.EmissionFactor.KilogramsCo2PerGigajoule;
            if (fuel.Mass.Tonnes > 0m && !input.Ranges[match.EfKey].Contains(ef))
            {
                var fromCarbon = fuel.CarbonContent is { } cc && cc * 44m / 12m * 1000m == ef;
                var path = fromCarbon ? $"$.fuels[{i}].carbonContent_tC_per_GJ" : $"$.fuels[{i}].ef_kgCO2_per_GJ";
                yield return input.Warn(year, Id, path, ef, match.EfKey,
                    $"CO2 emission factor of \"{fuel.Name}\" ({match.Describe()}){(fromCarbon ? ", from its carbon content × 44/12" : "")}. " +
                    "Outside the range, check the unit (kg CO2/GJ = t CO2/TJ), a factor per tonne or on a gross calorific basis, " +
                    "and the fuel's identity. For a mixed fuel the factor covers all its carbon; the biogenic share is applied apart.");
            }
        }
    }
}
