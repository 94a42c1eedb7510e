namespace Calcine.Domain.Results;

/// <summary>One input of a traced step: its value, unit and where it came from
/// (a JSON path of the document, a methodology default, or a factor-library id).</summary>
public sealed record TraceInput(string Name, decimal Value, string Unit, string Source);

/// <summary>One line an auditor can follow: what was computed, by which formula, from what.</summary>
public sealed record TraceStep(string Id, string Description, string Formula, IReadOnlyList<TraceInput> Inputs, decimal Value, string Unit);

/// <summary>Collects steps in the order they were computed. Calculators receive a nullable
/// trace and call it with <c>trace?.Add(...)</c>, so nothing is allocated when no trace is asked for.</summary>
public sealed class CalculationTrace
{
    private readonly List<TraceStep> steps = [];

    public IReadOnlyList<TraceStep> Steps => steps;

    public void Add(string id, string description, string formula, decimal value, string unit, params TraceInput[] inputs) =>
        steps.Add(new TraceStep(id, description, formula, inputs, value, unit));
}
