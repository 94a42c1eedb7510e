using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.China;

/// <summary>CETS-AG-02.01-V01-2024, clinker production: E_process = Q_cli × EF_cli − Σ Q_alt,j × DF_j,
/// fuels as in 2013; the compliance total is direct CO2 (electricity and heat are reported apart).
/// The default tables are unverified (<see cref="Cets2024Defaults"/>); pass the official table when it is available.</summary>
public static class ChinaCets2024Calculator
{
    private const string Id = "cn-2024";

    public static IReadOnlyList<ValidationError> Check(PlantYear py, Cets2024Table? table = null)
    {
        table ??= Cets2024Defaults.Table;
        var errors = new List<ValidationError>();
        var materials = py.China?.AlternativeRawMaterials ?? [];
        for (var i = 0; i < materials.Count; i++)
        {
            var m = materials[i];
            if (m.DeductionFactor is null && !table.DeductionFactors.ContainsKey(m.Type))
            {
                errors.Add(new($"$.china.alternativeRawMaterials[{i}].type",
                    $"\"{m.Type}\" has no deduction factor in the CETS 2024 table; give deductionFactor_tCO2_per_t or use one of: {string.Join(", ", table.DeductionFactors.Keys)}"));
            }
        }

        if (py.China?.ClinkerEmissionFactor2024 is null && !table.ClinkerEfs.ContainsKey(py.China?.ClinkerType ?? ChinaClinkerType.Portland))
        {
            errors.Add(new("$.china.clinkerType", "has no clinker factor in the CETS 2024 table; give china.clinkerEf2024_tCO2_per_t"));
        }

        if (errors.Count == 0)
        {
            var r = Calculate(py, null, table);
            if (r.ProcessCo2 < 0m)
            {
                errors.Add(new("$.china.alternativeRawMaterials",
                    $"the deductions ({r.DeductionCo2} t CO2) exceed the clinker's process CO2 ({r.ClinkerCo2} t CO2); the process CO2 would be negative"));
            }
        }

        return errors;
    }

    public static ChinaCets2024Result Calculate(PlantYear py, CalculationTrace? trace = null, Cets2024Table? table = null)
    {
        table ??= Cets2024Defaults.Table;
        var china = py.China;
        var unverified = new List<string>();
        var notes = new List<string>();

        var type = china?.ClinkerType ?? ChinaClinkerType.Portland;
        var typeName = Cets2024Defaults.Name(type);
        var typeSource = china is null ? "portland, no china block" : "$.china.clinkerType, portland when absent";
        var clinker = py.Clinker.Produced.Tonnes;
        decimal ef;
        string efSource;
        if (china?.ClinkerEmissionFactor2024 is { } given)
        {
            ef = given;
            efSource = "$.china.clinkerEf2024_tCO2_per_t";
        }
        else
        {
            ef = table.ClinkerEfs.TryGetValue(type, out var d) ? d
                : throw new ArgumentException($"no clinker factor for {typeName}; call Check first", nameof(py));
            efSource = Sources.Default(Id, $"EF_cli {typeName} {d} (type from {typeSource}), {table.Source}");
            if (!table.Verified)
            {
                unverified.Add($"EF_cli {typeName} {d} t CO2/t clinker");
            }
        }

        var clinkerCo2 = clinker * ef;
        trace?.Add($"{Id}.clinker", $"Process CO2 of {typeName} clinker", "Q_cli × EF_cli", clinkerCo2, "t CO2",
            new TraceInput("Q_cli", clinker, "t", "$.clinker.produced_t"),
            new TraceInput("EF_cli", ef, "t CO2/t clinker", efSource));

        var materials = china?.AlternativeRawMaterials ?? [];
        var deductions = new ChinaRawMaterialDeduction[materials.Count];
        for (var i = 0; i < deductions.Length; i++)
        {
            var m = materials[i];
            var p = $"$.china.alternativeRawMaterials[{i}]";
            decimal df;
            string dfSource;
            if (m.DeductionFactor is { } own)
            {
                df = own;
                dfSource = $"{p}.deductionFactor_tCO2_per_t";
            }
            else
            {
                df = table.DeductionFactors.TryGetValue(m.Type, out var d) ? d
                    : throw new ArgumentException($"{p}.type \"{m.Type}\" has no deduction factor; call Check first", nameof(py));
                dfSource = Sources.Default(Id, $"DF {m.Type} {d}, {table.Source}");
                if (!table.Verified)
                {
                    unverified.Add($"DF {m.Type} {d} t CO2/t");
                }
            }

            var co2 = m.Mass.Tonnes * df;
            deductions[i] = new ChinaRawMaterialDeduction(i, m, df, m.DeductionFactor is null ? FactorBasis.Default : FactorBasis.Given, co2);
            trace?.Add($"{Id}.deduction[{i}]", $"Deduction for non-carbonate alternative raw material {m.Type}", "Q_alt × DF", co2, "t CO2",
                new TraceInput("Q_alt", m.Mass.Tonnes, "t", $"{p}.mass_t"),
                new TraceInput("DF", df, "t CO2/t", dfSource));
        }

        var deductionCo2 = deductions.Sum(d => d.Co2);
        var process = clinkerCo2 - deductionCo2;
        trace?.Add($"{Id}.process", "Process CO2 (clinker production boundary)", "Q_cli × EF_cli − Σ Q_alt,j × DF_j", process, "t CO2",
            new TraceInput("Q_cli × EF_cli", clinkerCo2, "t CO2", Sources.Computed($"{Id}.clinker")),
            new TraceInput("Σ Q_alt × DF", deductionCo2, "t CO2", $"Σ {Id}.deduction[j]"));

        var fuels = ChinaFuelCombustion.Compute(py, Id, notes, trace);
        var direct = process + fuels.Total;
        trace?.Add($"{Id}.direct", "Compliance CO2 (national ETS): direct emissions only", "E_process + E_fuel + E_AF,non-bio", direct, "t CO2",
            new TraceInput("E_process", process, "t CO2", Sources.Computed($"{Id}.process")),
            new TraceInput("E_fuel + E_AF,non-bio", fuels.Total, "t CO2", Sources.Computed($"{Id}.fuels")));
        var indirect = ChinaIndirect.Compute(py, Id, notes, trace);

        if (unverified.Count > 0)
        {
            notes.Insert(0, $"defaults from an unverified table were used ({string.Join("; ", unverified)}): {table.Source}");
        }

        if (direct < 0m)
        {
            notes.Add($"The total is negative ({direct.ToString(System.Globalization.CultureInfo.InvariantCulture)} t CO2): the deductions for alternative raw materials exceed clinker and fuel CO2. Check $.china.alternativeRawMaterials.");
        }

        return new ChinaCets2024Result
        {
            ClinkerType = type,
            Clinker = clinker,
            ClinkerEf = ef,
            ClinkerEfBasis = china?.ClinkerEmissionFactor2024 is null ? FactorBasis.Default : FactorBasis.Given,
            ClinkerCo2 = clinkerCo2,
            Deductions = deductions,
            Fuels = fuels,
            ExcludedIndirect = indirect,
            DirectCo2PerClinker = clinker == 0m ? null : direct / clinker,
            SpecificHeat = ChinaHeat.Of(fuels, clinker),
            UnverifiedDefaults = unverified,
            Notes = notes,
            Trace = trace,
        };
    }
}
