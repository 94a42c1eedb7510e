using System.Text.Json;
using Calcine.Domain.Accounting;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2;

/// <summary>One methodology as the CLI and the platform run it: whether the document holds what it
/// needs (null when it does), and how its result is written.</summary>
public sealed record Co2Method(
    Methodology Methodology,
    Func<PlantYear, ValidationError?> CheckInputs,
    Action<Utf8JsonWriter, PlantYear, CalculationTrace?> WriteResult)
{
    public string Id => Methodology.Id;
}
