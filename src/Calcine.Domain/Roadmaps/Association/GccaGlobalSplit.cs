namespace Calcine.Domain.Roadmaps.Association;

/// <summary>GCCA's 2050 roadmap: each lever category's share of the 2050 reduction against BAU (Cemnet,
/// 15 Oct 2021; reference/roadmap.md §1.2), shown beside the association's own wedges.</summary>
public static class GccaGlobalSplit
{
    public static readonly IReadOnlyDictionary<LeverCategory, double> Shares2050 = new Dictionary<LeverCategory, double>
    {
        [LeverCategory.DesignAndConstruction] = 0.22,
        [LeverCategory.ConcreteProduction] = 0.11,
        [LeverCategory.CementAndBinders] = 0.09,
        [LeverCategory.ClinkerProduction] = 0.11,
        [LeverCategory.Electricity] = 0.05,
        [LeverCategory.Ccus] = 0.36,
        [LeverCategory.Recarbonation] = 0.06,
    };
}
