namespace Calcine.Domain.Factors;

/// <summary>A versioned, immutable set of emission factors. Loading it (from the data shipped with
/// the Application) is not the Domain's business; looking things up is.</summary>
public sealed class FactorLibrary
{
    private readonly Dictionary<string, EmissionFactor> byId;

    public FactorLibrary(string version, IEnumerable<EmissionFactor> factors)
    {
        Version = version;
        Factors = [.. factors];
        byId = new Dictionary<string, EmissionFactor>(StringComparer.Ordinal);
        foreach (var f in Factors)
        {
            if (!byId.TryAdd(f.Id, f))
            {
                throw new ArgumentException($"factor id {f.Id} appears twice", nameof(factors));
            }
        }
    }

    public string Version { get; }
    public IReadOnlyList<EmissionFactor> Factors { get; }

    public EmissionFactor? Find(string id) => byId.GetValueOrDefault(id);

    public EmissionFactor Get(string id) => Find(id) ?? throw new KeyNotFoundException($"factor {id} is not in library {Version}");

    /// <summary>The factors matching the query, in library order (the order the data file curates).</summary>
    public IReadOnlyList<EmissionFactor> Search(FactorQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. Factors.Where(query.Matches)];
    }
}
