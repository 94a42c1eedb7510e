using Calcine.Domain.Accounting;
using Calcine.Domain.Quantities;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Document;

public static partial class PlantYearReader
{
    private static readonly Dictionary<string, CarbonateType> Carbonates = new()
    {
        ["calcite"] = CarbonateType.Calcite,
        ["magnesite"] = CarbonateType.Magnesite,
        ["dolomite"] = CarbonateType.Dolomite,
        ["siderite"] = CarbonateType.Siderite,
        ["ankerite"] = CarbonateType.Ankerite,
        ["rhodochrosite"] = CarbonateType.Rhodochrosite,
        ["sodium-carbonate"] = CarbonateType.SodiumCarbonate,
    };

    private static readonly Dictionary<string, ChinaClinkerType> ClinkerTypes = new()
    {
        ["portland"] = ChinaClinkerType.Portland,
        ["white-portland"] = ChinaClinkerType.WhitePortland,
        ["sulfoaluminate"] = ChinaClinkerType.Sulfoaluminate,
        ["aluminate"] = ChinaClinkerType.Aluminate,
    };

    private static IpccInputs? ReadIpcc(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("ipcc", false);
        if (r is null)
        {
            return null;
        }

        IpccTier1Inputs? t1 = null;
        if (r.Object("tier1", false) is { } o1)
        {
            var cements = new List<CementByType>();
            foreach (var (item, path) in o1.Array("cements", true, MaxItems) ?? [])
            {
                var c = JsonObjectReader.Open(item, path, errors);
                if (c is null)
                {
                    continue;
                }

                var name = c.String("name", false) ?? "";
                var mass = c.Number("mass_t", true, 0m, MaxTonnes);
                var cf = c.Fraction("clinkerFraction", true);
                c.RejectUnknown();
                if (mass is not null && cf is not null)
                {
                    cements.Add(new CementByType(name, new Mass(mass.Value), cf.Value));
                }
            }

            t1 = new IpccTier1Inputs
            {
                Cements = cements,
                ClinkerImports = new Mass(o1.Number("clinkerImports_t", false, 0m, MaxTonnes) ?? 0m),
                ClinkerExports = new Mass(o1.Number("clinkerExports_t", false, 0m, MaxTonnes) ?? 0m),
                EfClc = o1.Number("efClc_tCO2_per_t", false, 0m, 2m),
            };
            o1.RejectUnknown();
        }

        IpccTier2Inputs? t2 = null;
        if (r.Object("tier2", false) is { } o2)
        {
            t2 = new IpccTier2Inputs
            {
                EfClinker = o2.Number("efClinker_tCO2_per_t", false, 0m, 2m),
                CkdNotRecycled = new Mass(o2.Number("ckdNotRecycled_t", false, 0m, MaxTonnes) ?? 0m),
                CkdCarbonateFraction = o2.Fraction("ckdCarbonateFraction", false),
                CkdCalcinationFraction = o2.Fraction("ckdCalcinationFraction", false),
                CkdCorrectionFactor = o2.Number("ckdCorrectionFactor", false, 1m, 2m),
            };
            if (t2.CkdNotRecycled.Tonnes > 0 && (t2.CkdCarbonateFraction is null || t2.CkdCalcinationFraction is null))
            {
                o2.Error("ckdNotRecycled_t", "needs ckdCarbonateFraction and ckdCalcinationFraction beside it");
            }

            o2.RejectUnknown();
        }

        var t3 = ReadTier3(r, errors);
        r.RejectUnknown();
        return new IpccInputs { Tier1 = t1, Tier2 = t2, Tier3 = t3 };
    }

    private static IpccTier3Inputs? ReadTier3(JsonObjectReader ipcc, List<ValidationError> errors)
    {
        var o3 = ipcc.Object("tier3", false);
        if (o3 is null)
        {
            return null;
        }

        var carbonates = new List<CarbonateInput>();
        foreach (var (item, path) in o3.Array("carbonates", true, MaxItems) ?? [])
        {
            var c = JsonObjectReader.Open(item, path, errors);
            if (c is null)
            {
                continue;
            }

            var type = c.Enum("type", true, Carbonates);
            var mass = c.Number("mass_t", true, 0m, MaxTonnes);
            var f = c.Fraction("calcinationFraction", false);
            c.RejectUnknown();
            if (type is not null && mass is not null)
            {
                // IPCC: F_i = 1 unless a measured calcination fraction is given; the trace says so.
                carbonates.Add(new CarbonateInput(type.Value, new Mass(mass.Value), f ?? 1m));
            }
        }

        decimal ckdMass = 0, ckdC = 0, ckdF = 0;
        var ckdCarbonate = CarbonateType.Calcite;
        if (o3.Object("ckd", false) is { } ckd)
        {
            ckdMass = ckd.Number("notRecycled_t", true, 0m, MaxTonnes) ?? 0m;
            ckdC = ckd.Fraction("carbonateFraction", true) ?? 0m;
            ckdF = ckd.Fraction("calcinationFraction", true) ?? 0m;
            ckdCarbonate = ckd.Enum("carbonate", false, Carbonates) ?? CarbonateType.Calcite;
            ckd.RejectUnknown();
        }

        var other = new List<CarbonBearingInput>();
        foreach (var (item, path) in o3.Array("otherCarbon", false, MaxItems) ?? [])
        {
            var c = JsonObjectReader.Open(item, path, errors);
            if (c is null)
            {
                continue;
            }

            var name = c.String("name", false) ?? "";
            var mass = c.Number("mass_t", true, 0m, MaxTonnes);
            var x = c.Fraction("carbonFraction", true);
            c.RejectUnknown();
            if (mass is not null && x is not null)
            {
                other.Add(new CarbonBearingInput(name, new Mass(mass.Value), x.Value));
            }
        }

        o3.RejectUnknown();
        return new IpccTier3Inputs
        {
            Carbonates = carbonates,
            CkdNotRecycled = new Mass(ckdMass),
            CkdCarbonateFraction = ckdC,
            CkdCalcinationFraction = ckdF,
            CkdCarbonate = ckdCarbonate,
            OtherCarbon = other,
        };
    }

    private static ChinaInputs? ReadChina(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("china", false);
        if (r is null)
        {
            return null;
        }

        var materials = new List<AlternativeRawMaterial>();
        foreach (var (item, path) in r.Array("alternativeRawMaterials", false, MaxItems) ?? [])
        {
            var o = JsonObjectReader.Open(item, path, errors);
            if (o is null)
            {
                continue;
            }

            var type = o.String("type", true, 64);
            var mass = o.Number("mass_t", true, 0m, MaxTonnes);
            var df = o.Number("deductionFactor_tCO2_per_t", false, 0m, 1m);
            o.RejectUnknown();
            if (type is not null && mass is not null)
            {
                materials.Add(new AlternativeRawMaterial(type, new Mass(mass.Value), df));
            }
        }

        var gridEf = r.Number("gridEf_tCO2_per_MWh", false, 0m, 3m);
        var china = new ChinaInputs
        {
            KilnHeadDust = new Mass(r.Number("kilnHeadDust_t", false, 0m, MaxTonnes) ?? 0m),
            RawMealNonFuelCarbon = r.Fraction("rawMealNonFuelCarbon", false),
            CoalGangueInRawMix = r.Bool("coalGangueInRawMix") ?? false,
            ClinkerType = r.Enum("clinkerType", false, ClinkerTypes) ?? ChinaClinkerType.Portland,
            ClinkerEmissionFactor2024 = r.Number("clinkerEf2024_tCO2_per_t", false, 0m, 2m),
            AlternativeRawMaterials = materials,
            GridEf = gridEf is null ? null : new GridEmissionFactor(gridEf.Value),
            ElectricityExportedMegawattHours = r.Number("electricityExported_MWh", false, 0m, MaxMegawattHours) ?? 0m,
            HeatPurchasedGigajoules = r.Number("heatPurchased_GJ", false, 0m, 1e12m) ?? 0m,
            HeatExportedGigajoules = r.Number("heatExported_GJ", false, 0m, 1e12m) ?? 0m,
            HeatEf = r.Number("heatEf_tCO2_per_GJ", false, 0m, 1m),
        };
        if ((china.HeatPurchasedGigajoules > 0 || china.HeatExportedGigajoules > 0) && china.HeatEf is null)
        {
            r.Error("heatEf_tCO2_per_GJ", "is required when heat is purchased or exported");
        }

        r.RejectUnknown();
        return china;
    }

    private static CbamInputs? ReadCbam(JsonObjectReader root, List<ValidationError> errors)
    {
        var r = root.Object("cbam", false);
        if (r is null)
        {
            return null;
        }

        var cn = r.String("cementCnCode", false, 16);
        if (cn is not null && !CbamGoods.CementCodes.ContainsKey(cn))
        {
            r.Error("cementCnCode", $"\"{cn}\" is not a CBAM cement CN code; expected one of {string.Join(", ", CbamGoods.CementCodes.Keys)}");
        }

        var inputs = new CbamInputs
        {
            CementCnCode = cn,
            InstallationName = r.String("installationName", false),
            UnLocode = r.String("unLocode", false, 6),
        };
        r.RejectUnknown();
        return inputs;
    }
}
