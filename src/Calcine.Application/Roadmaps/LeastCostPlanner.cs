using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps;

/// <summary>Finds the contract's optimum.</summary>
public static class LeastCostPlanner
{
    public static PathwayResult Solve(RoadmapModel model, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ExhaustiveOptimizer.Solve(model);
    }
}
