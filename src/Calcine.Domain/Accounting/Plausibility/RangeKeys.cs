namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Names of the entries of a <see cref="PlausibilityRangeTable"/>. A custom table overrides
/// entries by these keys; docs/methods/plausibility.md lists them with their values.</summary>
public static class RangeKeys
{
    public const string ClinkerCao = "clinker.cao";
    public const string ClinkerMgo = "clinker.mgo";
    public const string ClinkerEmissionFactor = "clinker.emissionFactor";
    public const string BoughtClinkerSeeDirect = "clinker.boughtSeeDirect";
    public const string BoughtClinkerSeeIndirect = "clinker.boughtSeeIndirect";

    public const string ClinkerFactor = "cement.clinkerFactor";
    public const string GypsumShare = "cement.gypsumShare";
    public const string LimestoneShare = "cement.limestoneShare";
    public const string SlagShare = "cement.slagShare";
    public const string FlyAshShare = "cement.flyAshShare";
    public const string PozzolanaShare = "cement.pozzolanaShare";

    public const string RawMealToClinker = "rawMeal.toClinker";
    public const string RawMealLoi = "rawMeal.loi";
    public const string RawMealToc = "rawMeal.toc";
    public const string CkdShare = "dust.ckdShare";
    public const string BypassShare = "dust.bypassShare";
    public const string CkdLoiBelowRawMeal = "dust.ckdLoiBelowRawMeal";
    public const string CkdRateVersusLoi = "dust.ckdRateVersusLoi";
    public const string DefaultCkdRate = "dust.defaultCkdRate";

    public const string AlternativeFuelRate = "fuel.alternativeFuelRate";
    public const string KilnFuelWithoutClinker = "fuel.kilnFuelWithoutClinker";
    public const string BiogenicConventionalFossil = "fuel.biogenic.conventionalFossil";
    public const string BiogenicAlternativeFossil = "fuel.biogenic.alternativeFossil";
    public const string BiogenicMixed = "fuel.biogenic.mixed";
    public const string BiogenicBiomass = "fuel.biogenic.biomass";

    public const string ElectricityIntegrated = "electricity.kWhPerTonneCement.integrated";
    public const string ElectricityGrindingOnly = "electricity.kWhPerTonneCement.grindingOnly";
    public const string GridEmissionFactor = "electricity.gridEf";

    public const string PlantsPerCheck = "documents.plants";
    public const string DocumentsPerYear = "documents.perYear";
    public const string YearOnYearClinkerProduced = "yoy.clinkerProduced";
    public const string YearOnYearSpecificHeat = "yoy.specificHeat";
    public const string YearOnYearClinkerFactor = "yoy.clinkerFactor";
    public const string YearOnYearGrossCo2PerClinker = "yoy.grossCo2PerClinker";

    /// <summary>Specific heat consumption of clinker, MJ/t, by kiln process.</summary>
    public static string SpecificHeat(KilnProcess process) => "heat." + ProcessName(process);

    /// <summary>Gross CO2 per tonne of clinker, kg/t, by kiln process.</summary>
    public static string GrossCo2PerClinker(KilnProcess process) => "grossCo2PerClinker." + ProcessName(process);

    /// <summary>Net calorific value of a recognised fuel type, GJ/t.</summary>
    public static string FuelLhv(FuelType type) => $"fuel.{type.Id}.lhv";

    /// <summary>Emission factor of a recognised fuel type, kg CO2/GJ.</summary>
    public static string FuelEf(FuelType type) => $"fuel.{type.Id}.ef";

    /// <summary>Category-wide net calorific value, used when the fuel's name is not recognised.</summary>
    public static string FuelCategoryLhv(FuelCategory category) => $"fuel.category.{CategoryName(category)}.lhv";

    /// <summary>Category-wide emission factor, used when the fuel's name is not recognised.</summary>
    public static string FuelCategoryEf(FuelCategory category) => $"fuel.category.{CategoryName(category)}.ef";

    /// <summary>The document's spelling of a kiln process (plant.kilnProcess).</summary>
    public static string ProcessName(KilnProcess process) => process switch
    {
        KilnProcess.Dry => "dry",
        KilnProcess.SemiDry => "semi-dry",
        KilnProcess.SemiWet => "semi-wet",
        KilnProcess.Wet => "wet",
        _ => throw new ArgumentOutOfRangeException(nameof(process), process, null),
    };

    /// <summary>The document's spelling of a fuel category (fuels[].category).</summary>
    public static string CategoryName(FuelCategory category) => category switch
    {
        FuelCategory.ConventionalFossil => "conventional-fossil",
        FuelCategory.AlternativeFossil => "alternative-fossil",
        FuelCategory.Mixed => "mixed",
        FuelCategory.Biomass => "biomass",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
