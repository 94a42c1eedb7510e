using System.Text;
using System.Text.Json;
using Calcine.Domain.Roadmaps;

namespace Calcine.Application.Roadmaps.Scenarios;

/// <summary>A cached run as the pages draw it: the scenario and the plan's adoption years are read
/// back from the stored <c>roadmap-result/1</c> and re-evaluated (no solving), so a page shows the
/// very plan the API returns.</summary>
public static class ScenarioResultRestorer
{
    public static RoadmapResult Restore(JsonElement scenarioDocument, string resultJson)
    {
        var scenario = RoadmapScenarioReader.Read(Encoding.UTF8.GetBytes(scenarioDocument.GetRawText())).Value;
        var model = new RoadmapModel(scenario);
        using var result = JsonDocument.Parse(resultJson);
        var pathway = result.RootElement.GetProperty("pathway");
        var search = pathway.GetProperty("search");
        var gap = search.TryGetProperty("relativeGap", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDouble() : (double?)null;
        var found = new PathwaySearch(search.GetProperty("method").GetString() ?? "", search.GetProperty("provenOptimal").GetBoolean(),
            search.GetProperty("solverCalls").GetInt32(), gap, 0);
        var firstViolated = pathway.GetProperty("firstViolatedYear") is { ValueKind: JsonValueKind.Number } f ? f.GetInt32() : (int?)null;
        PlanEvaluation? optimum = null;
        if (pathway.GetProperty("adoption") is { ValueKind: JsonValueKind.Array } adoption)
        {
            var years = scenario.Plants.Select(_ => new int[scenario.Levers.Count]).ToArray();
            var p = 0;
            foreach (var plant in adoption.EnumerateArray())
            {
                foreach (var lever in plant.GetProperty("levers").EnumerateObject().Where(l => l.Value.ValueKind == JsonValueKind.Number))
                {
                    years[p][model.LeverIndex[lever.Name]] = lever.Value.GetInt32();
                }

                p++;
            }

            optimum = PlanEvaluation.Of(model, new AdoptionPlan(years));
        }

        var bau = PlanEvaluation.Of(model, AdoptionPlan.Never(scenario.Plants.Count, scenario.Levers.Count));
        var analysis = new RoadmapAnalysis([], optimum is null ? null : InvestmentSchedule.Compute(model, optimum.Plan), null, null);
        return new RoadmapResult(scenario, bau, RoadmapRunner.Macc(scenario, scenario.MaccYear),
            new PathwayResult(pathway.GetProperty("feasible").GetBoolean(), firstViolated, optimum), found, analysis);
    }
}
