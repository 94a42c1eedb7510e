using FsCheck;
using FsCheck.Fluent;

namespace Calcine.Domain.Tests.Properties;

/// <summary>A factor every mass and MWh of a document is multiplied by.</summary>
public readonly record struct Scale(decimal K);

/// <summary>One mixed fuel twice: the second has at least the first one's biogenic share.</summary>
public sealed record MixedFuelPair(FuelSpec Less, FuelSpec More);

/// <summary>A fuel of category biomass, of any use.</summary>
public sealed record BiomassFuel(FuelSpec Fuel);

/// <summary>Generators of valid plant-years inside the reader's ranges: B1 and B2, every fuel
/// category and use, CKD (rate given, from LOI, or by kiln process), bypass dust, mineral
/// components as a total, a list or both, and split electricity. Masses stay between 1e5 and
/// 5e6 t of clinker so that a scale of 0.01 to 100 keeps every value in range.</summary>
public static class PlantYearGenerators
{
    private static readonly string[] Categories = ["conventional-fossil", "alternative-fossil", "mixed", "biomass"];
    private static readonly string[] FuelUses = ["kiln", "cement-mill", "other", "on-site-power"];

    public static Arbitrary<PlantYearSpec> PlantYears() => PlantYear.ToArbitrary();

    public static Arbitrary<Scale> Scales() =>
        Gen.OneOf(Gen.Elements(0.01m, 0.1m, 0.5m, 2m, 3m, 7m, 10m, 100m), Dec(0.01m, 100m, 2)).Select(k => new Scale(k)).ToArbitrary();

    public static Arbitrary<MixedFuelPair> MixedFuelPairs() =>
        (from use in Gen.Elements(FuelUses)
         from mass in Dec(0m, 200_000m, 1)
         from lhv in Dec(5m, 50m, 2)
         from ef in Dec(0m, 120m, 1)
         from a in Dec(0m, 1m, 3)
         from b in Dec(0m, 1m, 3)
         let fuel = new FuelSpec("mixed", use, mass, lhv, ef, null)
         select new MixedFuelPair(fuel with { BiogenicShare = Math.Min(a, b) }, fuel with { BiogenicShare = Math.Max(a, b) }))
        .ToArbitrary();

    public static Arbitrary<BiomassFuel> BiomassFuels() =>
        (from use in Gen.Elements(FuelUses)
         from mass in Dec(0m, 200_000m, 1)
         from lhv in Dec(5m, 50m, 2)
         from ef in Dec(0m, 120m, 1)
         from share in Gen.Elements<decimal?>(null, 1m)
         select new BiomassFuel(new FuelSpec("biomass", use, mass, lhv, ef, share)))
        .ToArbitrary();

    public static Gen<PlantYearSpec> PlantYear { get; } =
        from kilnProcess in Gen.Elements("dry", "semi-dry", "semi-wet", "wet")
        from b2 in Gen.Elements(true, false)
        from produced in Dec(100_000m, 5_000_000m, 2)
        from bought in Gen.OneOf(Gen.Constant(0m), Dec(0m, 100_000m, 1))
        from soldShare in Dec(0m, 0.1m, 4)
        from stockIncrease in Dec(-10_000m, 10_000m, 1)
        from cao in Dec(0.60m, 0.68m, 4)
        from mgo in Dec(0m, 0.04m, 4)
        from ef in Optional(Dec(0.45m, 0.60m, 4))
        from nonCarbonate in ListOf(0, 2, from m in Dec(0m, 5_000m, 1) from c in Dec(0m, 0.3m, 3) from g in Dec(0m, 0.05m, 3) select new NonCarbonateSpec(m, c, g))
        from bypass in Dec(0m, 20_000m, 1)
        from ckdLeaving in Dec(0m, 30_000m, 1)
        from ckd in Ckd
        from toc in Optional(Dec(0m, 0.005m, 4))
        from ratio in Optional(Dec(1.4m, 1.7m, 3))
        from minerals in ListOf(0, 4, Dec(0m, 300_000m, 1))
        from mineralForm in Gen.Elements((Total: true, List: false), (Total: false, List: true), (Total: true, List: true))
        from substitutes in Dec(0m, 10_000m, 1)
        from fuels in ListOf(0, 8, Fuel)
        from gridEf in Dec(0.2m, 0.9m, 3)
        from consumption in ListOf(0, 4, Consumption)
        select new PlantYearSpec
        {
            KilnProcess = kilnProcess,
            B2 = b2,
            Produced = produced,
            Bought = bought,
            Sold = produced * soldShare,
            StockIncrease = stockIncrease,
            Cao = cao,
            Mgo = mgo,
            EmissionFactor = ef,
            NonCarbonate = nonCarbonate,
            Bypass = bypass,
            CkdLeaving = ckdLeaving,
            Ckd = ckd,
            Toc = toc,
            RawMealToClinker = ratio,
            MineralComponents = minerals,
            MineralTotalGiven = mineralForm.Total,
            MineralListGiven = mineralForm.List,
            SubstitutesSold = substitutes,
            Fuels = fuels,
            GridEf = gridEf,
            Consumption = consumption,
        };

    private static Gen<CkdSpec> Ckd =>
        Gen.OneOf(
            Gen.Constant(new CkdSpec(null, null, null)),
            Dec(0m, 1m, 3).Select(d => new CkdSpec(d, null, null)),
            from rawMealLoi in Dec(0.30m, 0.40m, 3)
            from ckdLoi in Dec(0.05m, 0.29m, 3)
            select new CkdSpec(null, ckdLoi, rawMealLoi));

    private static Gen<FuelSpec> Fuel =>
        from category in Gen.Elements(Categories)
        from use in Gen.Elements(FuelUses)
        from mass in Dec(0m, 200_000m, 1)
        from lhv in Dec(5m, 50m, 2)
        from ef in Dec(0m, 120m, 1)
        from share in category switch
        {
            // Only a mixed fuel must state its share; the pure categories may leave it to the default.
            "mixed" => Dec(0m, 1m, 3).Select(s => (decimal?)s),
            "biomass" => Gen.Elements<decimal?>(null, 1m),
            _ => Gen.Elements<decimal?>(null, 0m),
        }
        select new FuelSpec(category, use, mass, lhv, ef, share);

    private static Gen<ConsumptionSpec> Consumption =>
        from use in Gen.Elements("kiln", "cement-mill", "plant")
        from source in Gen.Elements("grid", "on-site")
        from mwh in Dec(0m, 200_000m, 1)
        select new ConsumptionSpec(use, source, mwh);

    /// <summary>A decimal in [min, max] with at most <paramref name="decimals"/> decimal places.</summary>
    private static Gen<decimal> Dec(decimal min, decimal max, int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit *= 10m;
        }

        return Gen.Choose(0, (int)((max - min) * unit)).Select(i => min + (i / unit));
    }

    private static Gen<decimal?> Optional(Gen<decimal> gen) =>
        Gen.OneOf(Gen.Constant<decimal?>(null), gen.Select(d => (decimal?)d));

    private static Gen<IReadOnlyList<T>> ListOf<T>(int min, int max, Gen<T> item) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(item, n)).Select(a => (IReadOnlyList<T>)a);
}
