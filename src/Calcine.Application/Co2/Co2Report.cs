using System.Text.Json;
using Calcine.Application.Co2.Methods;
using Calcine.Application.Co2.Output;
using Calcine.Domain.Accounting;
using Calcine.Domain.Accounting.Plausibility;
using Calcine.Domain.Results;

namespace Calcine.Application.Co2;

/// <summary>Writes the co2 calc answer: the contract's GCCA keys by default; one method's object
/// for <c>--method X</c>; for <c>all</c> the GCCA keys plus one object per method under "methods".</summary>
public static class Co2Report
{
    public const string AllMethods = "all";

    /// <summary>Checks that the document holds what the chosen method needs, before any output.</summary>
    public static IReadOnlyList<ValidationError> CheckInputs(PlantYear py, string methodId)
    {
        if (methodId == AllMethods)
        {
            return [];
        }

        var method = Co2MethodCatalog.Find(methodId) ?? throw new ArgumentException($"unknown method {methodId}", nameof(methodId));
        return method.CheckInputs(py) is { } error ? [error] : [];
    }

    public static void Write(Stream output, PlantYear py, string methodId, bool withTrace)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        if (methodId == AllMethods)
        {
            GccaMethod.Instance.WriteResult(w, py, null);
            w.WriteStartObject("methods");
            foreach (var method in Co2MethodCatalog.All)
            {
                w.WriteStartObject(method.Id);
                WriteMethod(w, py, method, withTrace);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }
        else
        {
            WriteMethod(w, py, Co2MethodCatalog.Find(methodId)!, withTrace);
        }

        JsonOut.Warnings(w, PlausibilityChecker.Check([py]));
        w.WriteEndObject();
    }

    private static void WriteMethod(Utf8JsonWriter w, PlantYear py, Co2Method method, bool withTrace)
    {
        var m = method.Methodology;
        w.WriteStartObject("methodology");
        w.WriteString("id", m.Id);
        w.WriteString("name", m.Name);
        w.WriteString("version", m.Version);
        w.WriteString("source", m.Source);
        w.WriteEndObject();
        if (method.CheckInputs(py) is { } missing)
        {
            w.WriteBoolean("applicable", false);
            w.WriteString("reason", missing.ToString());
            return;
        }

        var trace = withTrace ? new CalculationTrace() : null;
        method.WriteResult(w, py, trace);
        JsonOut.Trace(w, trace);
    }
}
