using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.China;

/// <summary>The 2013 NDRC guideline / GB/T 32151.8-2015 (enterprise level, used until 2023 reporting):
/// E = E_fuel + E_AF,non-bio + E_carbonate + E_non-fuel-carbon + E_elec + E_heat, exports deducted.</summary>
public static class China2013Calculator
{
    private const string Id = "cn-2013";

    public static IReadOnlyList<ValidationError> Check(PlantYear py)
    {
        var c = py.Clinker;
        var errors = new List<ValidationError>();
        if (c.Cao is null)
        {
            errors.Add(new("$.clinker.cao", "is required for cn-2013 (carbonate CO2 is computed from the clinker's CaO)"));
        }
        else if (c.CaoNonCarbonate > c.Cao)
        {
            errors.Add(new("$.clinker.caoNonCarbonate", $"exceeds clinker.cao ({c.Cao}); the carbonate CO2 would be negative"));
        }

        if (c.Mgo is null)
        {
            errors.Add(new("$.clinker.mgo", "is required for cn-2013 (carbonate CO2 is computed from the clinker's MgO)"));
        }
        else if (c.MgoNonCarbonate > c.Mgo)
        {
            errors.Add(new("$.clinker.mgoNonCarbonate", $"exceeds clinker.mgo ({c.Mgo}); the carbonate CO2 would be negative"));
        }

        return errors;
    }

    public static China2013Result Calculate(PlantYear py, CalculationTrace? trace = null)
    {
        var c = py.Clinker;
        var cao = c.Cao ?? throw new ArgumentException("clinker.cao is missing; call Check first", nameof(py));
        var mgo = c.Mgo ?? throw new ArgumentException("clinker.mgo is missing; call Check first", nameof(py));
        var chem = Methodologies.China2013.Chemistry;
        var notes = new List<string>();

        var caoNc = c.CaoNonCarbonate ?? 0m;
        var mgoNc = c.MgoNonCarbonate ?? 0m;
        var ef = (cao - caoNc) * chem.CaoToCo2 + (mgo - mgoNc) * chem.MgoToCo2;
        trace?.Add($"{Id}.carbonateEf", "CO2 per tonne of clinker from decomposed carbonates", "(FR1 − FR1_0) × 44/56 + (FR2 − FR2_0) × 44/40", ef, "t CO2/t",
            new TraceInput("FR1 (CaO)", cao, "fraction", "$.clinker.cao"),
            new TraceInput("FR1_0 (non-carbonate CaO)", caoNc, "fraction", c.CaoNonCarbonate is null
                ? Sources.Default(Id, "no non-carbonate CaO stated, taken as 0") : "$.clinker.caoNonCarbonate"),
            new TraceInput("FR2 (MgO)", mgo, "fraction", "$.clinker.mgo"),
            new TraceInput("FR2_0 (non-carbonate MgO)", mgoNc, "fraction", c.MgoNonCarbonate is null
                ? Sources.Default(Id, "no non-carbonate MgO stated, taken as 0") : "$.clinker.mgoNonCarbonate"),
            new TraceInput("44/56", chem.CaoToCo2, "t CO2/t CaO", $"{Id} molar masses"),
            new TraceInput("44/40", chem.MgoToCo2, "t CO2/t MgO", $"{Id} molar masses"));

        var clinker = c.Produced.Tonnes;
        var headDust = py.China?.KilnHeadDust.Tonnes ?? 0m;
        var bypass = py.Calcination.BypassDust.Tonnes;
        var basis = clinker + headDust + bypass;
        var carbonate = basis * ef;
        trace?.Add($"{Id}.carbonate", "Process CO2 from carbonate decomposition", "(Q_cli + Q_ckd + Q_bp) × EF_carbonate", carbonate, "t CO2",
            new TraceInput("Q_cli", clinker, "t", "$.clinker.produced_t"),
            new TraceInput("Q_ckd (kiln-head dust)", headDust, "t", "$.china.kilnHeadDust_t (0 when absent)"),
            new TraceInput("Q_bp (bypass dust)", bypass, "t", "$.calcination.bypassDust_t (0 when absent)"),
            new TraceInput("EF_carbonate", ef, "t CO2/t", Sources.Computed($"{Id}.carbonateEf")));

        var (rawMeal, fr0, nonFuel) = NonFuelCarbon(py, chem, trace);
        var fuels = ChinaFuelCombustion.Compute(py, Id, notes, trace);
        var indirect = ChinaIndirect.Compute(py, Id, notes, trace);

        var process = carbonate + nonFuel;
        var direct = process + fuels.Total;
        var total = direct + indirect.Total;
        trace?.Add($"{Id}.process", "Process CO2 (E_process)", "E_carbonate + E_non-fuel-carbon", process, "t CO2",
            new TraceInput("E_carbonate", carbonate, "t CO2", Sources.Computed($"{Id}.carbonate")),
            new TraceInput("E_non-fuel-carbon", nonFuel, "t CO2", Sources.Computed($"{Id}.nonFuelCarbon")));
        trace?.Add($"{Id}.direct", "Direct CO2", "E_process + E_fuel + E_AF,non-bio", direct, "t CO2",
            new TraceInput("E_process", process, "t CO2", Sources.Computed($"{Id}.process")),
            new TraceInput("E_fuel + E_AF,non-bio", fuels.Total, "t CO2", Sources.Computed($"{Id}.fuels")));
        trace?.Add($"{Id}.total", "Enterprise CO2 (2013 guideline / GB/T 32151.8)", "direct + E_elec + E_heat", total, "t CO2",
            new TraceInput("direct", direct, "t CO2", Sources.Computed($"{Id}.direct")),
            new TraceInput("E_elec", indirect.ElectricityCo2, "t CO2", Sources.Computed($"{Id}.electricity")),
            new TraceInput("E_heat", indirect.HeatCo2, "t CO2", Sources.Computed($"{Id}.heat")));

        if (total < 0m)
        {
            notes.Add($"The total is negative ({total.ToString(System.Globalization.CultureInfo.InvariantCulture)} t CO2): exported electricity and heat deduct more than the plant emits. Check $.china.electricityExported_MWh and $.china.heatExported_GJ.");
        }

        return new China2013Result
        {
            CarbonateBasis = basis,
            CarbonateEf = ef,
            CarbonateCo2 = carbonate,
            RawMeal = rawMeal,
            NonFuelCarbon = fr0,
            NonFuelCarbonCo2 = nonFuel,
            Fuels = fuels,
            Indirect = indirect,
            DirectCo2PerClinker = clinker == 0m ? null : direct / clinker,
            TotalCo2PerClinker = clinker == 0m ? null : total / clinker,
            SpecificHeat = ChinaHeat.Of(fuels, clinker),
            Notes = notes,
            Trace = trace,
        };
    }

    /// <summary>E_non-fuel-carbon = raw meal × FR0 × 44/12; raw meal consumed, else clinker × raw meal:clinker.</summary>
    private static (decimal RawMeal, decimal Fr0, decimal Co2) NonFuelCarbon(PlantYear py, ChemistryConstants chem, CalculationTrace? trace)
    {
        var calc = py.Calcination;
        decimal rawMeal;
        TraceInput rawMealInput;
        if (calc.RawMealConsumed is { } consumed)
        {
            rawMeal = consumed.Tonnes;
            rawMealInput = new TraceInput("raw meal", rawMeal, "t", "$.calcination.rawMeal.consumed_t");
        }
        else
        {
            var ratio = calc.RawMealToClinker ?? ChinaDefaults.RawMealToClinker;
            rawMeal = py.Clinker.Produced.Tonnes * ratio;
            rawMealInput = new TraceInput("raw meal = clinker × raw meal:clinker", rawMeal, "t", calc.RawMealToClinker is null
                ? $"$.clinker.produced_t × {Sources.Default(Id, "raw meal:clinker 1.55 (GCCA default; no calcination.rawMeal.consumed_t or rawMealToClinker)")}"
                : "$.clinker.produced_t × $.calcination.rawMeal.rawMealToClinker");
        }

        var china = py.China;
        var fr0 = china?.RawMealNonFuelCarbon
            ?? (china?.CoalGangueInRawMix == true ? ChinaDefaults.RawMealNonFuelCarbonWithCoalGangue : ChinaDefaults.RawMealNonFuelCarbon);
        var fr0Source = china?.RawMealNonFuelCarbon is not null ? "$.china.rawMealNonFuelCarbon"
            : china?.CoalGangueInRawMix == true ? Sources.Default(Id, "FR0 0.3 %, coal gangue in the raw mix ($.china.coalGangueInRawMix)")
            : Sources.Default(Id, "FR0 0.1 %, no coal gangue in the raw mix");
        var co2 = rawMeal * fr0 * chem.CarbonToCo2;
        trace?.Add($"{Id}.nonFuelCarbon", "Process CO2 from non-fuel carbon of the raw meal", "Q_rawmeal × FR0 × 44/12", co2, "t CO2",
            rawMealInput,
            new TraceInput("FR0", fr0, "fraction", fr0Source),
            new TraceInput("44/12", chem.CarbonToCo2, "t CO2/t C", $"{Id} C→CO2"));
        return (rawMeal, fr0, co2);
    }
}

/// <summary>Kiln fuel energy per tonne of clinker, in MJ/t and kgce/t (the form Chinese reports use).</summary>
internal static class ChinaHeat
{
    public static ChinaSpecificHeat Of(ChinaFuelResult fuels, decimal clinker)
    {
        if (clinker == 0m)
        {
            return new ChinaSpecificHeat(fuels.KilnFuelEnergyGj, null, null);
        }

        var mj = fuels.KilnFuelEnergyGj * 1000m / clinker;
        return new ChinaSpecificHeat(fuels.KilnFuelEnergyGj, mj, mj / ChinaDefaults.MegajoulesPerKgce);
    }
}
