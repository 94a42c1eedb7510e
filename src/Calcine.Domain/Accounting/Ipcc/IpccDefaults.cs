namespace Calcine.Domain.Accounting.Ipcc;

/// <summary>IPCC 2006 cement defaults (Vol. 3, Ch. 2.2.1.2), each applied only when the document
/// does not give the value, and then named in the trace. Derivations are in docs/methods/ipcc-2006.md.</summary>
public static class IpccDefaults
{
    public const string Source = "2006 IPCC Guidelines, Vol. 3, Ch. 2.2.1.2";

    /// <summary>Tier 1 EF_clc, t CO2 per t clinker: 0.51 × 1.02 = 0.5202, published as 0.52.</summary>
    public const decimal Tier1ClinkerEf = 0.52m;

    /// <summary>Tier 2 default EF_cl, t CO2 per t clinker: 65 % CaO × 44.01/56.08 = 0.5101, published as 0.51.</summary>
    public const decimal Tier2ClinkerEf = 0.51m;

    /// <summary>Tier 2 default CF_ckd: CKD adds 2 % to the clinker CO2 when nothing is known about it.</summary>
    public const decimal CkdCorrectionFactor = 1.02m;

    /// <summary>EF_c of the CKD correction (Eq. 2.5 of the reference): the CKD's carbonate is taken as calcite.</summary>
    public const decimal CkdCarbonateEf = IpccCarbonates.Calcite;

    /// <summary>Vol. 2 Ch. 1/2: the Tier 1 fuel factors assume complete oxidation (OF = 1).</summary>
    public const decimal FuelOxidationFactor = 1m;
}
