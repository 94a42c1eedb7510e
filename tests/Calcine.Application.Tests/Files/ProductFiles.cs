using Calcine.Application.Access;
using Calcine.Application.Activity;
using Calcine.Application.Activity.Workbook;
using Calcine.Application.Benchmarks;
using Calcine.Application.Cems.Reports;
using Calcine.Application.Cems.Stacks;
using Calcine.Application.Co2.Document;
using Calcine.Application.Files;
using Calcine.Application.InventoryReports;
using Calcine.Application.Regulatory;
using Calcine.Domain.Benchmarking;
using Calcine.TestKit;

namespace Calcine.Application.Tests.Files;

/// <summary>Every workbook and CSV the product writes, built by the product's own builders from
/// inputs that hold the awkward values: negative and tiny numbers, booleans, a not-finite double,
/// empty cells, and text that starts like a formula.</summary>
public static class ProductFiles
{
    public const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    public static IEnumerable<(string Name, XlsxWorkbook Book)> Workbooks()
    {
        foreach (var (name, year) in RegulatoryYears())
        {
            yield return ($"cbam-{name}.xlsx", CbamDataSetWorkbook.Book(CbamDataSetBuilder.Build(year, new CbamDefaultValues())));
            yield return ($"china-ets-{name}.xlsx", ChinaEtsWorkbook.Book(ChinaEtsReport.Build(year)));
        }

        yield return ("inventory.xlsx", InventoryReportXlsx.Book([Inventory()], null));
        yield return ("activity.xlsx", WorkbookWriter.Book([(1, Month()), (2, Month() with { Fuels = [] })]));
        yield return ("stack-report.xlsx", StackReportFiles.Book(StackTables()));
        yield return ("every-kind.xlsx", new XlsxWorkbook().Sheet("Kinds", ["kind", "value"], EveryKind()));
    }

    public static IEnumerable<(string Name, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object?>> Rows, byte[] Bytes)> Csvs()
    {
        var inventory = Inventory();
        yield return ("inventory.csv", InventoryReportRows.FigureColumns, [.. InventoryReportRows.Figures([inventory], null)], InventoryReportCsv.Write([inventory], null));
        var (columns, rows) = StackReportFiles.CsvTable(StackHeader(), StackTables());
        yield return ("stack-report.csv", columns, [.. rows], StackReportFiles.Csv(StackHeader(), StackTables()));
        (int, MonthlyActivity)[] months = [(1, Month()), (2, Month())];
        yield return ("months.csv", MonthlyActivityCsv.Columns, [.. months.SelectMany(m => MonthlyActivityCsv.Rows(m.Item1, m.Item2))], MonthlyActivityCsv.Write(months));
        yield return ("benchmarks.csv", BenchmarkCsv.Columns, [.. BenchmarkCsv.Rows(Benchmark())], BenchmarkCsv.Write(Benchmark()));
        yield return ("every-kind.csv", ["kind", "value"], [.. EveryKind()], CsvFile.Write(["kind", "value"], EveryKind()));
    }

    /// <summary>The example plant-years, and one with no electricity recorded (whose indirect SEE is not determined).</summary>
    public static IEnumerable<(string Name, RegulatoryYear Year)> RegulatoryYears()
    {
        foreach (var name in Examples.PlantYearNames())
        {
            var py = PlantYearReader.Read(Examples.Read(name + ".json")).Value;
            var facts = new InstallationFacts(1, "P-1", py.Plant.Name ?? "Plant", "Operator = Co", "CN-SD", py.Plant.Country ?? "CN");
            yield return (name, new RegulatoryYear(facts, py.Year, "draft", py, []));
            var dark = py with { Electricity = py.Electricity with { Consumption = [] } };
            yield return (name + "-no-electricity", new RegulatoryYear(facts, py.Year, "draft", dark, []));
        }
    }

    private static IEnumerable<object?[]> EveryKind() =>
    [
        ["int", -42], ["decimal", -0.000000123456789012345678m], ["double", 0.1 + 0.2], ["not finite", double.NaN], ["true", true], ["false", false],
        ["date", new DateOnly(2024, 12, 31)], ["instant", new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)], ["formula", Formula],
        ["minus text", "-1+2"], ["quoted", "a, \"b\"\r\nc"], ["chinese", "熟料 / Clinker"], ["empty", null], ["enum", DayOfWeek.Monday],
    ];

    private static MonthlyActivity Month() => new()
    {
        Clinker = new() { Produced = 81234.5m, Bought = 0m, Sold = 1000m, StockIncrease = -250.25m, EmissionFactor = 0.5251m },
        Cement = new() { MineralComponents = [new() { Name = "Slag", Mass = 1200m }], SubstitutesSold = 0m },
        Fuels = [new() { Name = Formula, Category = "fossil", Use = "kiln", Mass = 9000m, Lhv = 26.5m, Ef = 94.6m, EfFactorId = "ipcc-coal", Evidence = "invoice, 3 pages" }],
        RawMaterials = [new() { Name = "Limestone", Mass = 130000m }],
        Dust = new() { Bypass = 12.5m, CkdLeaving = 0m },
        Electricity = new() { GridEf = 0.5703m, Consumption = [new() { Use = "kiln", Source = "grid", MWh = 4200.125m }] },
    };

    private static StackReportHeader StackHeader() => new(7, "K1", "Kiln 1 tail", 1, "P-1", "Plant", "Company", "2025-03-01", "2025-03-31", TimeSpan.FromHours(8),
        new ComplianceRulesView("cn-ule-2024-kiln", "ULE", "GB 4915-2013", "Standard", 10, 0.75), [], new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero));

    private static List<ReportTable> StackTables() =>
    [
        new("Summary", ["item", "value"], [["hours", 744], ["capture rate", 0.9987], ["compliant", true], ["worst", double.NaN]]),
        new("Unmatched explanations", ["start_utc", "text", "accepted"], [[new DateTime(2025, 3, 2, 4, 0, 0, DateTimeKind.Utc), Formula, false], [null, "-bypass opened", true]]),
    ];

    private static PlantInventoryReport Inventory() => new(1, "P-1", "Plant, North", 2, "Company", 2024, null,
        [new("gross-co2", "Gross CO2", "t", 812345.678901m), new("biomass", "Biomass CO2", "t", null), new("credit", "Credit", "t", -1234.5m)],
        [new("clinker EF", 0.525m, "t CO2/t", Formula)],
        new("months", 12, true, [], 0), new("signed", 0, 3, "Verifier", new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), "ab12", "cd34"));

    private static BenchmarkReport Benchmark() => new(1, "Association", new BenchmarkQuery(1, null, null, BenchmarkLevel.Plant, false), new BenchmarkPolicy(), [2024],
    [
        new(new BenchmarkKpiInfo(BenchmarkKpi.NetCo2PerCementitious, "net-co2-per-cementitious", "Net CO2", "kg CO2/t"),
        [
            new(2023, new Distribution(DistributionShape.Quartiles, 5, 601.5m, 580.25m, 600m, 620.125m), [new(ResourceKind.Plant, 1, "-Plant", 590m, PositionBand.LowestQuarter)]),
            new(2024, new Distribution(DistributionShape.Suppressed, null, null, null, null, null), []),
        ], null),
    ]);
}
