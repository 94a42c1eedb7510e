using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>Net calorific value per fuel type recognised from the name; category-wide when not recognised.
/// Fuel lines with zero mass change no result and are skipped.</summary>
public sealed class FuelLhvRule : SingleYearRule
{
    public override string Id => "PY006";
    public override string Description => "Net calorific value (LHV) per fuel type";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var fuels = year.Document.Fuels;
        for (var i = 0; i < fuels.Count; i++)
        {
            var fuel = fuels[i];
            var match = FuelTypes.Match(fuel.Name, fuel.Category);
            var lhv = fuel.Lhv.GigajoulesPerTonne;
            if (fuel.Mass.Tonnes > 0m && !input.Ranges[match.LhvKey].Contains(lhv))
            {
                yield return input.Warn(year, Id, $"$.fuels[{i}].lhv_GJ_per_t", lhv, match.LhvKey,
                    $"Net calorific value of \"{fuel.Name}\" ({match.Describe()}). Outside the range, check the unit " +
                    "(GJ/t = MJ/kg, not kcal/kg or GJ per 1000 Nm³), the basis (net, as fired, not gross) and the fuel's identity.");
            }
        }
    }
}
