using System.Text.RegularExpressions;
using Calcine.Application.Activity;
using Calcine.Domain.Results;

namespace Calcine.Web.Components.Forms;

/// <summary>The month edit form's model: monthly-activity/1 flattened for form binding, each list
/// with one blank row to add an item. Blank rows are dropped when the month is built back.</summary>
public sealed partial class MonthForm
{
    public int Version { get; set; }
    public decimal ClinkerProduced { get; set; }
    public decimal ClinkerBought { get; set; }
    public decimal ClinkerSold { get; set; }
    public decimal ClinkerStockIncrease { get; set; }
    public decimal? ClinkerEf { get; set; }
    public decimal SubstitutesSold { get; set; }
    public decimal BypassDust { get; set; }
    public decimal CkdLeaving { get; set; }
    public decimal? GridEf { get; set; }
    public List<MassRow> Components { get; set; } = [];
    public List<MassRow> RawMaterials { get; set; } = [];
    public List<FuelRow> Fuels { get; set; } = [];
    public List<ElectricityRow> Electricity { get; set; } = [];

    public sealed class MassRow
    {
        public string? Name { get; set; }
        public decimal Mass { get; set; }
        internal bool Blank => string.IsNullOrWhiteSpace(Name) && Mass == 0;
    }

    public sealed class FuelRow
    {
        public string? Name { get; set; }
        public string? Category { get; set; }
        public string? Use { get; set; }
        public decimal Mass { get; set; }
        public decimal? Lhv { get; set; }
        public string? LhvFactorId { get; set; }
        public decimal? Ef { get; set; }
        public string? EfFactorId { get; set; }
        public decimal? BiogenicShare { get; set; }
        public string? Evidence { get; set; }
        internal bool Blank => string.IsNullOrWhiteSpace(Name) && Mass == 0 && Lhv is null && Ef is null
            && string.IsNullOrWhiteSpace(LhvFactorId) && string.IsNullOrWhiteSpace(EfFactorId);
    }

    public sealed class ElectricityRow
    {
        public string? Use { get; set; }
        public string? Source { get; set; }
        public decimal MWh { get; set; }
        internal bool Blank => string.IsNullOrWhiteSpace(Use) && string.IsNullOrWhiteSpace(Source) && MWh == 0;
    }

    /// <summary>A post without a list's fields binds that list as null; the form renders it empty.</summary>
    public MonthForm WithLists()
    {
        Components ??= [];
        RawMaterials ??= [];
        Fuels ??= [];
        Electricity ??= [];
        return this;
    }

    public static MonthForm From(MonthlyActivity m, int version) => new()
    {
        Version = version,
        ClinkerProduced = m.Clinker.Produced,
        ClinkerBought = m.Clinker.Bought,
        ClinkerSold = m.Clinker.Sold,
        ClinkerStockIncrease = m.Clinker.StockIncrease,
        ClinkerEf = m.Clinker.EmissionFactor,
        SubstitutesSold = m.Cement.SubstitutesSold,
        BypassDust = m.Dust.Bypass,
        CkdLeaving = m.Dust.CkdLeaving,
        GridEf = m.Electricity.GridEf,
        Components = [.. m.Cement.MineralComponents.Select(c => new MassRow { Name = c.Name, Mass = c.Mass }), new()],
        RawMaterials = [.. m.RawMaterials.Select(c => new MassRow { Name = c.Name, Mass = c.Mass }), new()],
        Fuels = [.. m.Fuels.Select(f => new FuelRow
        {
            Name = f.Name, Category = f.Category, Use = f.Use, Mass = f.Mass, Lhv = f.Lhv, LhvFactorId = f.LhvFactorId,
            Ef = f.Ef, EfFactorId = f.EfFactorId, BiogenicShare = f.BiogenicShare, Evidence = f.Evidence,
        }), new()],
        Electricity = [.. m.Electricity.Consumption.Select(e => new ElectricityRow { Use = e.Use, Source = e.Source, MWh = e.MWh }), new()],
    };

    public MonthlyActivity ToActivity() => new()
    {
        Clinker = new ClinkerMonth
        {
            Produced = ClinkerProduced,
            Bought = ClinkerBought,
            Sold = ClinkerSold,
            StockIncrease = ClinkerStockIncrease,
            EmissionFactor = ClinkerEf,
        },
        Cement = new CementMonth { MineralComponents = [.. Kept(Components, r => r.Blank).Select(Mass)], SubstitutesSold = SubstitutesSold },
        RawMaterials = [.. Kept(RawMaterials, r => r.Blank).Select(Mass)],
        Fuels = [.. Kept(Fuels, r => r.Blank).Select(f => new FuelMonth
        {
            Name = f.Name?.Trim() ?? "", Category = f.Category ?? "", Use = f.Use ?? "", Mass = f.Mass, Lhv = f.Lhv, LhvFactorId = Text(f.LhvFactorId),
            Ef = f.Ef, EfFactorId = Text(f.EfFactorId), BiogenicShare = f.BiogenicShare, Evidence = Text(f.Evidence),
        })],
        Dust = new DustMonth { Bypass = BypassDust, CkdLeaving = CkdLeaving },
        Electricity = new ElectricityMonth
        {
            GridEf = GridEf,
            Consumption = [.. Kept(Electricity, r => r.Blank).Select(e => new ElectricityUse { Use = e.Use ?? "", Source = e.Source ?? "", MWh = e.MWh })],
        },
    };

    /// <summary>An error's path in the month document, with list indices turned back into the
    /// form's rows (blank rows were dropped before validation).</summary>
    public ValidationError ToFormPath(ValidationError error)
    {
        var path = ListIndex().Replace(error.Path, m =>
        {
            var index = int.Parse(m.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var row = m.Groups["list"].Value switch
            {
                "fuels" => RowOf(Fuels, r => r.Blank, index),
                "cement.mineralComponents" => RowOf(Components, r => r.Blank, index),
                "rawMaterials" => RowOf(RawMaterials, r => r.Blank, index),
                _ => RowOf(Electricity, r => r.Blank, index),
            };
            return $"$.{m.Groups["list"].Value}[{row}]";
        });
        return error with { Path = path };
    }

    private static IEnumerable<T> Kept<T>(List<T> rows, Func<T, bool> blank) => rows.Where(r => !blank(r));

    private static int RowOf<T>(List<T> rows, Func<T, bool> blank, int keptIndex) =>
        rows.Select((r, i) => (r, i)).Where(x => !blank(x.r)).Select(x => x.i).ElementAtOrDefault(keptIndex);

    private static NamedMass Mass(MassRow r) => new() { Name = r.Name?.Trim() ?? "", Mass = r.Mass };

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\$\.(?<list>fuels|cement\.mineralComponents|rawMaterials|electricity\.consumption)\[(?<i>\d+)\]")]
    private static partial Regex ListIndex();
}
