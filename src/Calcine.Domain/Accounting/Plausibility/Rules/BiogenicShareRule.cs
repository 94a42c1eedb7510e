using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility.Rules;

/// <summary>The biogenic share must fit the declared category, because the category decides gross, net,
/// the alternative fuel rate and the biomass rate. Zero-mass fuel lines are skipped.</summary>
public sealed class BiogenicShareRule : SingleYearRule
{
    public override string Id => "PY010";
    public override string Description => "Biogenic share consistent with the fuel category";

    protected override IEnumerable<PlausibilityWarning> Evaluate(PlantYearFacts year, PlausibilityInput input)
    {
        var fuels = year.Document.Fuels;
        for (var i = 0; i < fuels.Count; i++)
        {
            var fuel = fuels[i];
            var (key, why) = fuel.Category switch
            {
                FuelCategory.ConventionalFossil => (RangeKeys.BiogenicConventionalFossil,
                    "is declared conventional-fossil but has biomass carbon, which would leave gross CO2 unnoticed; declare it mixed or set the share to 0."),
                FuelCategory.AlternativeFossil => (RangeKeys.BiogenicAlternativeFossil,
                    "is declared alternative-fossil but has biomass carbon; a waste fuel with biomass carbon is a mixed fuel."),
                FuelCategory.Mixed => (RangeKeys.BiogenicMixed,
                    "is declared mixed with a share of 0 or 1: with 0 it is alternative-fossil, with 1 it is biomass; the category changes " +
                    "net CO2 and the biomass rate, and a mixed fuel needs its measured biogenic carbon share."),
                FuelCategory.Biomass => (RangeKeys.BiogenicBiomass,
                    "is declared biomass but has a fossil part; declare it mixed, so the biomass rate and the fossil CO2 are right."),
                _ => throw new InvalidOperationException($"unknown fuel category {fuel.Category}"),
            };
            if (fuel.Mass.Tonnes > 0m && !input.Ranges[key].Contains(fuel.BiogenicShare))
            {
                yield return input.Warn(year, Id, $"$.fuels[{i}].biogenicShare", fuel.BiogenicShare, key, $"\"{fuel.Name}\" {why}");
            }
        }
    }
}
