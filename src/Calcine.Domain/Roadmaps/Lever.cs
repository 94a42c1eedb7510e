namespace Calcine.Domain.Roadmaps;

/// <summary>The six lever kinds, declared in the contract's application order.</summary>
public enum LeverKind
{
    ClinkerFactor,
    ThermalEfficiency,
    FuelSwitch,
    ElectricityEfficiency,
    LowCarbonElectricity,
    Capture,
}

/// <summary>The GCCA roadmap levers; reported only, never used in the arithmetic.</summary>
public enum LeverCategory
{
    DesignAndConstruction,
    ConcreteProduction,
    CementAndBinders,
    ClinkerProduction,
    Electricity,
    Ccus,
    Recarbonation,
}

/// <summary>An abatement lever of the library. Money per tonne of kiln capacity; the unit of the
/// variable OPEX depends on the kind (see <see cref="LeverEffect"/>).</summary>
public sealed record Lever(
    string Id,
    string? Name,
    LeverCategory Category,
    LeverEffect Effect,
    double Capex_USD_per_tCapacity,
    double FixedOpex_USD_per_tCapacity_yr,
    double VariableOpex_USD_per_unit,
    int LifeYears,
    int? EarliestYear,
    string? ExclusiveGroup,
    IReadOnlyList<string> Requires)
{
    public LeverKind Kind => Effect.Kind;
}

/// <summary>What a lever does to a plant's state (the contract's kinds table).</summary>
public abstract record LeverEffect
{
    public abstract LeverKind Kind { get; }
}

/// <summary>cf ← min(cf, target); variable OPEX per t SCM added.</summary>
public sealed record ClinkerFactorEffect(double TargetClinkerFactor) : LeverEffect
{
    public override LeverKind Kind => LeverKind.ClinkerFactor;
}

/// <summary>h ← h·(1 − reduction); variable OPEX per t clinker.</summary>
public sealed record ThermalEfficiencyEffect(double Reduction) : LeverEffect
{
    public override LeverKind Kind => LeverKind.ThermalEfficiency;
}

/// <summary>Every fuel's share × (1 − S), the new fuels appended, h ← h + delta; per t clinker.</summary>
public sealed record FuelSwitchEffect(IReadOnlyList<RoadmapFuel> NewFuels, double DeltaThermal_GJ_per_tClinker) : LeverEffect
{
    public override LeverKind Kind => LeverKind.FuelSwitch;
}

/// <summary>e ← e·(1 − reduction); variable OPEX per t cement.</summary>
public sealed record ElectricityEfficiencyEffect(double Reduction) : LeverEffect
{
    public override LeverKind Kind => LeverKind.ElectricityEfficiency;
}

/// <summary>λ ← λ + (1 − λ)·share; variable OPEX per MWh supplied.</summary>
public sealed record LowCarbonElectricityEffect(double Share) : LeverEffect
{
    public override LeverKind Kind => LeverKind.LowCarbonElectricity;
}

/// <summary>ρ ← ρ·(1 − rate), h and c raised by the penalties; variable OPEX per t CO2 captured.</summary>
public sealed record CaptureEffect(double CaptureRate, double DeltaThermal_GJ_per_tClinker, double DeltaElectricity_MWh_per_tClinker) : LeverEffect
{
    public override LeverKind Kind => LeverKind.Capture;
}
