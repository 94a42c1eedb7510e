using Calcine.Application.Co2.Methods;

namespace Calcine.Application.Co2;

/// <summary>The methods <c>co2 calc --method</c> knows, in the order <c>all</c> reports them.
/// Add a method here and nowhere else.</summary>
public static class Co2MethodCatalog
{
    public static IReadOnlyList<Co2Method> All { get; } =
    [
        GccaMethod.Instance,
        EuMethods.Mrr,
        EuMethods.Cbam,
        IpccMethods.Tier1,
        IpccMethods.Tier2,
        IpccMethods.Tier3,
        ChinaMethods.Cn2013,
        ChinaMethods.Cets2024,
    ];

    public static Co2Method? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    public static IEnumerable<string> Ids => All.Select(m => m.Id);
}
