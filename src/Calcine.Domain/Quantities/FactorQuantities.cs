namespace Calcine.Domain.Quantities;

/// <summary>Net calorific value (lower heating value), GJ per tonne of fuel.</summary>
public readonly record struct CalorificValue(decimal GigajoulesPerTonne);

/// <summary>Fuel emission factor on a net calorific value basis, kg CO2 per GJ (= t CO2 per TJ).</summary>
public readonly record struct FuelEmissionFactor(decimal KilogramsCo2PerGigajoule);

/// <summary>Emission per tonne of product or material, t CO2 per t (clinker factors, dust factors, SEE).</summary>
public readonly record struct SpecificEmission(decimal TonnesCo2PerTonne)
{
    public decimal KilogramsCo2PerTonne => TonnesCo2PerTonne * 1000m;
}

/// <summary>Electricity emission factor, t CO2 per MWh.</summary>
public readonly record struct GridEmissionFactor(decimal TonnesCo2PerMegawattHour)
{
    public Mass Times(decimal megawattHours) => Mass.FromTonnes(megawattHours * TonnesCo2PerMegawattHour);
}
