namespace Calcine.Domain.Accounting.China;

/// <summary>Defaults of the Chinese methods that are not in the CETS 2024 tables. Each is applied
/// only when the document lacks the value, and then named in the trace.</summary>
public static class ChinaDefaults
{
    public const string Guideline2013 = "NDRC 2013 《中国水泥生产企业温室气体排放核算方法与报告指南（试行）》 / GB/T 32151.8-2015";

    /// <summary>FR0, non-fuel carbon of the raw meal: 0.1 % …</summary>
    public const decimal RawMealNonFuelCarbon = 0.001m;

    /// <summary>… and 0.3 %, the high end of the guideline's 0.1–0.3 % range, when coal gangue or
    /// high-carbon fly ash is in the raw mix (rule confirmed in a plant implementation, reference §6.1).</summary>
    public const decimal RawMealNonFuelCarbonWithCoalGangue = 0.003m;

    /// <summary>Raw meal per tonne of clinker when neither the raw meal consumed nor the ratio is
    /// given: the GCCA protocol default, borrowed because the Chinese guideline has none in the
    /// reference (a plant script uses its own 1.61).</summary>
    public const decimal RawMealToClinker = 1.55m;

    /// <summary>OF when a fuel does not state it. The guideline's appendix has per-fuel oxidation
    /// rates below 1 (not retrieved, reference §7.3); 1 overstates rather than understates.</summary>
    public const decimal OxidationFactor = 1m;

    /// <summary>Grid factor for ETS reporting, t CO2/MWh: the 2022 national grid average the MEE
    /// named for the 2023–2025 reporting cycle ("updated at year end if revised").</summary>
    public const decimal EtsGridEf = 0.5703m;

    public const string EtsGridEfSource =
        "MEE 《关于做好2023—2025年发电行业企业温室气体排放报告管理有关工作的通知》 (Feb 2023): 2022 national grid average 0.5703 t CO2/MWh for ETS reporting";

    /// <summary>Standard coal equivalent, MJ per kgce (7,000 kcal/kg; GB/T 2589).</summary>
    public const decimal MegajoulesPerKgce = 29.3076m;
}
