using System.Text.Json;
using Calcine.Domain.Accounting;

namespace Calcine.Application.Co2.Output;

/// <summary>Pieces the IPCC and China writers share: where a factor came from, and free-text notes
/// an auditor must see (unverified defaults, inputs a formula does not use).</summary>
internal static class MethodJson
{
    public static void Notes(Utf8JsonWriter w, IReadOnlyList<string> notes)
    {
        w.WriteStartArray("notes");
        foreach (var note in notes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
    }

    public static string Basis(FactorBasis basis) => basis switch
    {
        FactorBasis.Given => "given",
        FactorBasis.Computed => "computed",
        _ => "default",
    };
}
