using Calcine.Domain.Quantities;

namespace Calcine.Domain.Accounting;

/// <summary>One plant (installation) for one reporting year: the plant-year/1 document, validated.
/// Optional inputs stay null here; each methodology applies its own default and traces it.</summary>
public sealed record PlantYear
{
    public required PlantInfo Plant { get; init; }
    public required int Year { get; init; }
    public required ClinkerData Clinker { get; init; }
    public CalcinationData Calcination { get; init; } = new();
    public CementData Cement { get; init; } = new();
    public IReadOnlyList<Fuel> Fuels { get; init; } = [];
    public ElectricityData Electricity { get; init; } = new();
    public IpccInputs? Ipcc { get; init; }
    public ChinaInputs? China { get; init; }
    public CbamInputs? Cbam { get; init; }

    /// <summary>GCCA line011: produced + bought − sold − stock increase.</summary>
    public Mass ClinkerConsumed => Clinker.Produced + Clinker.Bought - Clinker.Sold - Clinker.StockIncrease;

    /// <summary>GCCA line020: clinker consumed + mineral components.</summary>
    public Mass CementTotal => ClinkerConsumed + Cement.MineralComponents;

    /// <summary>GCCA line021a: own clinker produced + mineral components + substitutes sold; bought clinker excluded.</summary>
    public Mass Cementitious => Clinker.Produced + Cement.MineralComponents + Cement.SubstitutesSold;
}

public sealed record PlantInfo(string Id, string? Name, string? Country, KilnProcess KilnProcess);

public sealed record ClinkerData
{
    public required Mass Produced { get; init; }
    public Mass Bought { get; init; }
    public Mass Sold { get; init; }
    public Mass StockIncrease { get; init; }
    public decimal? Cao { get; init; }
    public decimal? Mgo { get; init; }
    /// <summary>Non-carbonate share of the clinker's CaO and MgO (China 2013 FR1_0, FR2_0).</summary>
    public decimal? CaoNonCarbonate { get; init; }
    public decimal? MgoNonCarbonate { get; init; }
    public decimal? EmissionFactor { get; init; }
    /// <summary>The supplier's direct SEE of bought clinker; null when not recorded (then not determined, never zero).</summary>
    public decimal? BoughtSeeDirect { get; init; }
    public decimal BoughtSeeIndirect { get; init; }
}

public sealed record NonCarbonateInput(string Name, Mass Mass, decimal Cao, decimal Mgo);

public sealed record CalcinationData
{
    public CalcinationMethod Method { get; init; } = CalcinationMethod.B1;
    public IReadOnlyList<NonCarbonateInput> NonCarbonateInputs { get; init; } = [];
    public Mass BypassDust { get; init; }
    public Mass CkdLeaving { get; init; }
    public decimal? CkdCalcinationRate { get; init; }
    public decimal? CkdLoi { get; init; }
    public decimal? RawMealLoi { get; init; }
    public decimal? RawMealToc { get; init; }
    public decimal? RawMealToClinker { get; init; }
    /// <summary>Raw meal fed to the kiln, net of returned dust (method A1, China 2013).</summary>
    public Mass? RawMealConsumed { get; init; }
}

public sealed record NamedMass(string Name, Mass Mass);

public sealed record CementData
{
    public Mass MineralComponents { get; init; }
    public IReadOnlyList<NamedMass> MineralComponentItems { get; init; } = [];
    public Mass SubstitutesSold { get; init; }
}

public sealed record Fuel
{
    public required string Name { get; init; }
    public required FuelCategory Category { get; init; }
    public required FuelUse Use { get; init; }
    public required Mass Mass { get; init; }
    public required CalorificValue Lhv { get; init; }
    public required FuelEmissionFactor EmissionFactor { get; init; }
    public required decimal BiogenicShare { get; init; }
    /// <summary>The document gave no biogenicShare; the category's share (0 fossil, 1 biomass) was taken.</summary>
    public bool BiogenicShareDefaulted { get; init; }
    /// <summary>The document gave no EF; it was derived from <see cref="CarbonContent"/> as CC × 44/12 × 1000.</summary>
    public bool EfFromCarbonContent { get; init; }
    /// <summary>EU ETS: biomass is zero-rated only when it meets the RED II sustainability criteria.</summary>
    public bool BiomassSustainable { get; init; }
    public decimal? OxidationFactor { get; init; }
    /// <summary>Carbon content, t C per GJ (China's CC); when given, the CN methods use it with the oxidation factor.</summary>
    public decimal? CarbonContent { get; init; }
    public string? FactorId { get; init; }

    public Energy Energy => Mass * Lhv;
}

public sealed record ElectricityConsumption(ElectricityUse Use, ElectricitySource Source, decimal MegawattHours);

public sealed record ElectricityData
{
    public GridEmissionFactor? GridEf { get; init; }
    /// <summary>Where the grid factor comes from (supplier, authority, factor-library id), for CBAM and the trace.</summary>
    public string? GridEfSource { get; init; }
    public IReadOnlyList<ElectricityConsumption> Consumption { get; init; } = [];

    public decimal GridMegawattHours => Consumption.Where(c => c.Source == ElectricitySource.Grid).Sum(c => c.MegawattHours);
    public decimal TotalMegawattHours => Consumption.Sum(c => c.MegawattHours);
    public decimal MegawattHoursFor(ElectricityUse use) => Consumption.Where(c => c.Use == use).Sum(c => c.MegawattHours);
}
