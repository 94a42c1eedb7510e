using Calcine.Domain.Results;

namespace Calcine.Domain.Accounting.Plausibility;

/// <summary>Runs the plausibility rules over one or more years of one plant.</summary>
public static class PlausibilityChecker
{
    public static IReadOnlyList<PlausibilityWarning> Check(IReadOnlyList<PlantYear> years) => [];
}
