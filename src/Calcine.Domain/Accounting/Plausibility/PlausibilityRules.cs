using Calcine.Domain.Accounting.Plausibility.Rules;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>The catalogue of rules, in the order their warnings are reported. docs/methods/plausibility.md
/// documents each one; a test keeps the two in step.</summary>
public static class PlausibilityRules
{
    public static IReadOnlyList<IPlausibilityRule> All { get; } =
    [
        new ClinkerCaoRule(),
        new ClinkerMgoRule(),
        new ClinkerEmissionFactorRule(),
        new SpecificHeatRule(),
        new ClinkerFactorRule(),
        new FuelLhvRule(),
        new FuelEmissionFactorRule(),
        new RawMealToClinkerRule(),
        new ElectricityIntensityRule(),
        new BiogenicShareRule(),
        new CkdShareRule(),
        new BypassDustShareRule(),
        new RawMealTocRule(),
        new RawMealLoiRule(),
        new CkdLoiRule(),
        new GrossCo2PerClinkerRule(),
        new AlternativeFuelRateRule(),
        new GridEmissionFactorRule(),
        new BoughtClinkerEmissionsRule(),
        new MineralComponentsRule(),
        new DefaultCkdCalcinationRateRule(),
        new KilnFuelWithoutClinkerRule(),
        new DifferentPlantsRule(),
        new DuplicateYearRule(),
        new ClinkerProductionJumpRule(),
        new SpecificHeatJumpRule(),
        new ClinkerFactorJumpRule(),
        new GrossCo2PerClinkerJumpRule(),
    ];
}
