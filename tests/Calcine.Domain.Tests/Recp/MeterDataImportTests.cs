using System.Text;
using Calcine.Application.Recp.MeterData;
using Calcine.Domain.Recp;

namespace Calcine.Domain.Tests.Recp;

/// <summary>Monthly meter data from CSV and Excel: every bad cell named, nothing returned with any error.</summary>
public class MeterDataImportTests
{
    private static readonly double[] Production = [80, 90, 100, 110, 120, 100, 90, 110, 80, 120, 100, 100];
    private static readonly double[] Energy = [82_800, 85_400, 90_300, 93_500, 98_400, 89_100, 86_700, 93_800, 81_700, 98_500, 90_600, 89_200];

    private static byte[] Csv(string text) => Encoding.UTF8.GetBytes(text);

    private static string TwelveMonths(string separator = ",") =>
        $"month{separator}energy_kWh{separator}production_t\n" + string.Concat(Enumerable.Range(0, 12).Select(i => $"2024-{i + 1:00}{separator}{Energy[i]}{separator}{Production[i]}\n"));

    [Fact]
    public void FromCsv_TwelveMonths_GivesTheMonthsAndTheWorkedExamplesBaseline()
    {
        var months = MeterDataImport.FromCsv(Csv(TwelveMonths())).Value;

        Assert.Equal(12, months.Count);
        Assert.Equal("2024-03", months[2].Month);
        Assert.Equal(90_300, months[2].Energy_kWh);
        Assert.Equal(100, months[2].Values["production_t"]);
        var fit = EnergyBaselineCalculator.Fit(["production_t"], months).Value;
        Assert.Equal(400, fit.Slopes[0], 1e-9);
        Assert.Equal(50_000, fit.Intercept, 1e-7);
    }

    [Fact]
    public void FromCsv_SemicolonsAndAByteOrderMark_ReadTheSame()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Csv(TwelveMonths(";"))).ToArray();

        var months = MeterDataImport.FromCsv(bytes).Value;

        Assert.Equal(Energy, months.Select(m => m.Energy_kWh));
    }

    [Fact]
    public void FromCsv_SeveralBadCells_NamesEachCellAndReturnsNoMonth()
    {
        var text = "month,energy_kWh,production_t,hdd_Kd\n2024-01,1000,10,300\n2024-02,abc,11,280\n2024-13,1200,12,250\n2024-04,1300,,200\n2024-05,1400,1 400,150\n";

        var r = MeterDataImport.FromCsv(Csv(text));

        Assert.False(r.Success);
        Assert.Equal(["B3", "A4", "C5", "C6"], r.Errors.Select(e => e.Path));
        Assert.Contains("'abc' is not a number", r.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("empty", r.Errors[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("month,energy,production_t\n2024-01,1,2\n", "A1", "must start with")]
    [InlineData("month,energy_kWh,production_t,production_t\n2024-01,1,2,3\n", "D1", "duplicate")]
    [InlineData("month,energy_kWh,production (t)\n2024-01,1,2\n", "C1", "not a value name")]
    [InlineData("month,energy_kWh\n2024-02,1\n2024-01,2\n", "A3", "strictly increasing")]
    [InlineData("month,energy_kWh\n2024-01,1\n2024-01,2\n", "A3", "strictly increasing")]
    [InlineData("month,energy_kWh\n2024-01,-5\n", "B2", "negative")]
    [InlineData("month,energy_kWh\n2024-1,5\n", "A2", "not a month")]
    [InlineData("month,energy_kWh\n2024-01,5,7\n", "C2", "without a header")]
    [InlineData("month,energy_kWh\n2024-01,NaN\n", "B2", "not a number")]
    [InlineData("month,energy_kWh\n", "A2", "no months")]
    [InlineData("", "A1", "empty")]
    [InlineData("month,energy_kWh\n2024-01,\"5\n", "A2", "malformed")]
    public void FromCsv_BrokenRule_NamesTheCell(string text, string cell, string word)
    {
        var r = MeterDataImport.FromCsv(Csv(text));

        Assert.False(r.Success);
        Assert.Contains(r.Errors, e => e.Path == cell && e.Message.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void FromCsv_NotUtf8_IsRefusedAsAFile()
    {
        var r = MeterDataImport.FromCsv([0x6D, 0xFF, 0xFE, 0x0A]);

        Assert.Equal("file", Assert.Single(r.Errors).Path);
    }

    [Fact]
    public void FromWorkbook_DatesOnTheFirstAndTextMonths_AreRead()
    {
        var jan2024 = new DateTime(2024, 1, 1).ToOADate();
        var file = MeterWorkbookFile.Create(
            ["month", "energy_kWh", "production_t"],
            [jan2024, 82_800.0, 80.0],
            ["2024-02", 85_400.0, 90.0]);

        var months = MeterDataImport.FromWorkbook(file).Value;

        Assert.Equal(["2024-01", "2024-02"], months.Select(m => m.Month));
        Assert.Equal(90, months[1].Values["production_t"]);
    }

    [Fact]
    public void FromWorkbook_FormulaTextAndMidMonthDate_NamesEachCellAndReturnsNoMonth()
    {
        var file = MeterWorkbookFile.Create(
            ["month", "energy_kWh", "production_t"],
            ["2024-01", 1_000.0, "=B2/10"],
            ["2024-02", "n/a", 11.0],
            [new DateTime(2024, 3, 15).ToOADate(), 1_200.0, 12.0]);

        var r = MeterDataImport.FromWorkbook(file);

        Assert.False(r.Success);
        Assert.Equal(["Meters!C2", "Meters!B3", "Meters!A4"], r.Errors.Select(e => e.Path));
        Assert.Contains("formula", r.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromWorkbook_NotAWorkbook_IsRefusedAsAWhole()
    {
        var r = MeterDataImport.FromWorkbook(Csv(TwelveMonths()));

        Assert.False(r.Success);
        Assert.Single(r.Errors);
    }
}
