namespace Calcine.Domain.Results;

/// <summary>How a trace names where a value came from.</summary>
public static class Sources
{
    public static string Default(string methodology, string what) => $"default: {methodology}, {what}";
    public static string Computed(string stepId) => $"computed: {stepId}";
    public static string Factor(string factorId) => $"factor library: {factorId}";
}
