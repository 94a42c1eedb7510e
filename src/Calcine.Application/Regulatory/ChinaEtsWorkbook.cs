using Calcine.Application.Files;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.China;

namespace Calcine.Application.Regulatory;

/// <summary>The China ETS report as .xlsx: one sheet per table of the report, headings in Chinese and
/// English, values invariant and unrounded.</summary>
public static class ChinaEtsWorkbook
{
    public const string EnterpriseSheet = "Enterprise";
    public const string ProcessSheet = "Process";
    public const string FuelsSheet = "Fuels";
    public const string ElectricitySheet = "Electricity";
    public const string TotalsSheet = "Totals";

    public static byte[] Write(ChinaEtsReport report) => Book(report).ToBytes();

    public static XlsxWorkbook Book(ChinaEtsReport report)
    {
        var book = new XlsxWorkbook();
        var e = report.Enterprise;
        var enterprise = book.Sheet(EnterpriseSheet);
        enterprise.Add(["项目 / Item", "内容 / Value"]);
        enterprise.Add(["核算指南 / Guideline", ChinaEtsReport.Guideline]);
        enterprise.Add(["企业名称 / Enterprise", e.Operator]);
        enterprise.Add(["排放设施 / Plant", e.Name]);
        enterprise.Add(["代码 / Plant code", e.Code]);
        enterprise.Add(["地区 / Jurisdiction", e.Jurisdiction]);
        enterprise.Add(["核算年度 / Reporting year", report.Year]);
        enterprise.Add(["数据状态 / Year status", report.YearStatus]);
        foreach (var error in report.Errors)
        {
            enterprise.Add(["缺少数据 / Missing", $"{error.Path}: {error.Message}"]);
        }

        if (report.Result is not { } r)
        {
            return book;
        }

        enterprise.Add(["熟料类型 / Clinker type", Cets2024Defaults.Name(r.ClinkerType)]);
        foreach (var u in r.UnverifiedDefaults)
        {
            enterprise.Add(["未核实缺省值 / Unverified default", u]);
        }

        foreach (var n in r.Notes)
        {
            enterprise.Add(["说明 / Note", n]);
        }

        var process = book.Sheet(ProcessSheet);
        process.Add(["项目 / Item", "类型 / Type", "数量 (t) / Quantity (t)", "排放因子 (tCO2/t) / Emission factor (t CO2/t)", "数据来源 / Factor basis", "排放量 (tCO2) / Emissions (t CO2)"]);
        process.Add(["熟料 / Clinker", Cets2024Defaults.Name(r.ClinkerType), r.Clinker, r.ClinkerEf, Basis(r.ClinkerEfBasis), r.ClinkerCo2]);
        foreach (var d in r.Deductions)
        {
            process.Add(["替代原料扣减 / Deduction", d.Material.Type, d.Material.Mass.Tonnes, d.DeductionFactor, Basis(d.Basis), -d.Co2]);
        }

        process.Add(["过程排放 / Process emissions", null, null, null, null, r.ProcessCo2]);

        var fuels = book.Sheet(FuelsSheet);
        fuels.Add(["燃料 / Fuel", "类别 / Category", "公式 / Formula", "消耗量 (t) / Consumption (t)", "低位发热量 (GJ/t) / NCV (GJ/t)",
            "单位热值含碳量 (tC/GJ) / Carbon content (t C/GJ)", "排放因子 (kgCO2/GJ) / EF (kg CO2/GJ)", "碳氧化率 / Oxidation factor",
            "非生物质碳比例 / Non-biomass share", "热量 (GJ) / Energy (GJ)", "排放量 (tCO2) / Emissions (t CO2)"]);
        foreach (var f in report.Fuels)
        {
            fuels.Add([f.Name, f.Category, f.Formula, f.ConsumptionTonnes, f.Ncv, f.CarbonContent, f.EmissionFactor, f.OxidationFactor,
                f.NonBiomassShare, f.EnergyGj, f.Co2]);
        }

        fuels.Add(["燃料燃烧排放 / Fuel combustion emissions", null, null, null, null, null, null, null, null, r.Fuels.KilnFuelEnergyGj, r.Fuels.Total]);

        var i = r.ExcludedIndirect;
        var electricity = book.Sheet(ElectricitySheet);
        electricity.Add(["项目 / Item", "购入 / Purchased", "输出 / Exported", "单位 / Unit", "排放因子 / Emission factor", "因子单位 / Factor unit", "排放量 (tCO2) / Emissions (t CO2)"]);
        electricity.Add(["电力 / Electricity", i.ElectricityPurchasedMwh, i.ElectricityExportedMwh, "MWh", i.GridEf, "t CO2/MWh", i.ElectricityCo2]);
        electricity.Add(["热力 / Heat", i.HeatPurchasedGj, i.HeatExportedGj, "GJ", i.HeatEf, "t CO2/GJ", i.HeatCo2]);
        electricity.Add(["电网排放因子来源 / Grid factor source", i.GridEfBasis == FactorBasis.Default ? ChinaDefaults.EtsGridEfSource : "china.gridEf_tCO2_per_MWh", null, null, null, null, null]);

        var totals = book.Sheet(TotalsSheet);
        totals.Add(["项目 / Item", "数值 / Value", "单位 / Unit"]);
        totals.Add(["熟料产量 / Clinker output", r.Clinker, "t"]);
        totals.Add(["过程排放 / Process emissions", r.ProcessCo2, "t CO2"]);
        totals.Add(["燃料燃烧排放 / Fuel combustion emissions", r.Fuels.Total, "t CO2"]);
        totals.Add(["履约排放量 (直接排放) / Compliance emissions (direct)", r.ComplianceCo2, "t CO2"]);
        totals.Add(["购入电力热力排放 (不纳入履约) / Purchased electricity and heat (not in compliance)", i.Total, "t CO2"]);
        totals.Add(["排放总量 (含间接) / Total including indirect", report.TotalIncludingIndirect, "t CO2"]);
        totals.Add(["单位熟料直接排放 / Direct emissions per t clinker", r.DirectCo2PerClinker, "t CO2/t"]);
        totals.Add(["单位熟料排放 (含间接) / Total emissions per t clinker", report.TotalIncludingIndirectPerClinker, "t CO2/t"]);
        totals.Add(["单位熟料热耗 / Heat consumption per t clinker", r.SpecificHeat.MegajoulesPerTonneClinker, "MJ/t"]);
        totals.Add(["单位熟料标煤耗 / Standard coal per t clinker", r.SpecificHeat.KgcePerTonneClinker, "kgce/t"]);
        return book;
    }

    private static string Basis(FactorBasis basis) => basis == FactorBasis.Default ? "default" : "given";
}
