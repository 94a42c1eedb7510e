using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Ipcc;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2.Methods;

/// <summary>IPCC 2006 Vol. 3 Ch. 2.2, cement (IPPU 2.A.1), Tiers 1 to 3. Each writes the fuel
/// combustion of the plant as a 1.A.2.f memo line, outside the 2.A.1 total.</summary>
public static class IpccMethods
{
    public static Co2Method Tier1 { get; } = new(Methodologies.IpccTier1, py => First(IpccTier1Calculator.Check(py)),
        (w, py, trace) => IpccJsonWriter.WriteTier1(w, IpccTier1Calculator.Calculate(py, trace)));

    public static Co2Method Tier2 { get; } = new(Methodologies.IpccTier2, py => First(IpccTier2Calculator.Check(py)),
        (w, py, trace) => IpccJsonWriter.WriteTier2(w, IpccTier2Calculator.Calculate(py, trace)));

    public static Co2Method Tier3 { get; } = new(Methodologies.IpccTier3, py => First(IpccTier3Calculator.Check(py)),
        (w, py, trace) => IpccJsonWriter.WriteTier3(w, IpccTier3Calculator.Calculate(py, trace)));

    private static ValidationError? First(IReadOnlyList<ValidationError> errors) => errors.Count == 0 ? null : errors[0];
}
