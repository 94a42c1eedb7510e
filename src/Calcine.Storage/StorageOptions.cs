namespace Calcine.Storage;

public enum StorageProvider { Sqlite, Postgres }

/// <summary>Which database the platform runs on, chosen at run time (Storage:Provider).</summary>
public sealed record StorageOptions(StorageProvider Provider, string ConnectionString)
{
    public static StorageOptions Parse(string? provider, string? connectionString)
    {
        var p = provider?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => StorageProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => StorageProvider.Postgres,
            _ => throw new ArgumentException($"Storage:Provider \"{provider}\" is not supported; use Sqlite or Postgres", nameof(provider)),
        };
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("a connection string is required (ConnectionStrings:Calcine)", nameof(connectionString));
        }

        return new StorageOptions(p, connectionString);
    }
}
