namespace Calcine.Domain.Roadmaps;

/// <summary>The state of a plant in a year (the contract's "state"). The fuel list enters every
/// quantity only through three mix sums (Σ share·ef·(1 − bio), Σ share·ef·bio, Σ share·price), and a
/// fuel switch scales old shares by (1 − S) and appends new ones, so the state keeps just those sums.</summary>
public struct PlantState
{
    /// <summary>Cement D, t.</summary>
    public double Cement;

    /// <summary>Clinker factor cf.</summary>
    public double ClinkerFactor;

    /// <summary>Thermal energy h, GJ per t clinker.</summary>
    public double Thermal;

    /// <summary>Σ share·ef·(1 − bio), t CO2 per GJ.</summary>
    public double FossilMix;

    /// <summary>Σ share·ef·bio, t CO2 per GJ.</summary>
    public double BiogenicMix;

    /// <summary>Σ share·price, USD per GJ.</summary>
    public double PriceMix;

    /// <summary>Process factor pc, t CO2 per t clinker.</summary>
    public double Process;

    /// <summary>Electricity e, MWh per t cement.</summary>
    public double Electricity;

    /// <summary>Low-carbon share λ of that electricity.</summary>
    public double LowCarbonShare;

    /// <summary>Capture electricity c, MWh per t clinker.</summary>
    public double CaptureElectricity;

    /// <summary>Uncaptured fraction ρ.</summary>
    public double Uncaptured;

    public static PlantState Bau(PlantBaseline b, double cement)
    {
        var s = new PlantState
        {
            Cement = cement,
            ClinkerFactor = b.Clinker_t / b.Cement_t,
            Thermal = b.ThermalEnergy_GJ_per_tClinker,
            Process = b.ProcessCo2_tCO2_per_tClinker,
            Electricity = b.Electricity_MWh_per_tCement,
            LowCarbonShare = 0,
            CaptureElectricity = 0,
            Uncaptured = 1,
        };
        (s.FossilMix, s.BiogenicMix, s.PriceMix) = MixOf(b.Fuels);
        return s;
    }

    public static (double Fossil, double Biogenic, double Price) MixOf(IReadOnlyList<RoadmapFuel> fuels)
    {
        double fossil = 0, bio = 0, price = 0;
        foreach (var f in fuels)
        {
            fossil += f.Share * f.Ef_tCO2_per_GJ * (1 - f.BiogenicFraction);
            bio += f.Share * f.Ef_tCO2_per_GJ * f.BiogenicFraction;
            price += f.Share * f.Price_USD_per_GJ;
        }

        return (fossil, bio, price);
    }

    public readonly double Clinker => ClinkerFactor * Cement;

    public readonly double FuelEnergy => Clinker * Thermal;

    /// <summary>CO2 going to the stack before capture: process, fossil and biogenic fuel CO2.</summary>
    public readonly double FlueCo2 => (Clinker * Process) + (FuelEnergy * FossilMix) + (FuelEnergy * BiogenicMix);

    public readonly double Captured => (1 - Uncaptured) * FlueCo2;

    /// <summary>The quantities of the state in a year with its grid factor and prices.</summary>
    public readonly StateQuantities Quantities(in YearPrices prices)
    {
        var k = Clinker;
        var f = k * Thermal;
        var fuelFossil = f * FossilMix;
        var fuelBio = f * BiogenicMix;
        var process = k * Process;
        var scope1 = Uncaptured * (process + fuelFossil);
        var biogenic = Uncaptured * fuelBio;
        var captured = (1 - Uncaptured) * (process + fuelFossil + fuelBio);
        var scope2 = ((Electricity * Cement * (1 - LowCarbonShare)) + (CaptureElectricity * k)) * prices.GridEf;
        var co2 = scope1 + scope2;
        var energy = (f * PriceMix) + (((Electricity * Cement) + (CaptureElectricity * k)) * prices.Electricity);
        return new StateQuantities(Cement, k, scope1, biogenic, captured, scope2, co2, energy, co2 * prices.Carbon);
    }

    /// <summary>Applies one lever and returns the unit quantity of its variable OPEX, taken as the
    /// kinds table says (before or after the change).</summary>
    public double Apply(LeverEffect effect)
    {
        switch (effect)
        {
            case ClinkerFactorEffect cf:
                var before = ClinkerFactor;
                ClinkerFactor = Math.Min(ClinkerFactor, cf.TargetClinkerFactor);
                return (before - ClinkerFactor) * Cement;
            case ThermalEfficiencyEffect te:
                Thermal *= 1 - te.Reduction;
                return Clinker;
            case FuelSwitchEffect fs:
                var s = fs.NewFuels.Sum(n => n.Share);
                var (fossil, bio, price) = MixOf(fs.NewFuels);
                FossilMix = (FossilMix * (1 - s)) + fossil;
                BiogenicMix = (BiogenicMix * (1 - s)) + bio;
                PriceMix = (PriceMix * (1 - s)) + price;
                Thermal += fs.DeltaThermal_GJ_per_tClinker;
                return Clinker;
            case ElectricityEfficiencyEffect ee:
                Electricity *= 1 - ee.Reduction;
                return Cement;
            case LowCarbonElectricityEffect lc:
                var supplied = lc.Share * (1 - LowCarbonShare) * Electricity * Cement;
                LowCarbonShare += (1 - LowCarbonShare) * lc.Share;
                return supplied;
            case CaptureEffect c:
                var capturedBefore = Captured;
                Uncaptured *= 1 - c.CaptureRate;
                Thermal += c.DeltaThermal_GJ_per_tClinker;
                CaptureElectricity += c.DeltaElectricity_MWh_per_tClinker;
                return Captured - capturedBefore;
            default:
                throw new ArgumentOutOfRangeException(nameof(effect), effect.GetType().Name, "unknown lever effect");
        }
    }
}

/// <summary>The grid factor and prices of one year, read from the scenario's paths.</summary>
public readonly record struct YearPrices(int Year, double DiscountFactor, double GridEf, double Electricity, double Carbon);

/// <summary>The physical and money quantities of a state in a year (before lever costs).</summary>
public readonly record struct StateQuantities(
    double Cement_t,
    double Clinker_t,
    double Scope1_tCO2,
    double Biogenic_tCO2,
    double Captured_tCO2,
    double Scope2_tCO2,
    double Co2_tCO2,
    double Energy_USD,
    double Carbon_USD);
