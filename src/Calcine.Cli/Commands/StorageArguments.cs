using System.CommandLine;
using Calcine.Storage;

namespace Calcine.Cli.Commands;

/// <summary>The --provider and --connection options shared by the database commands, with the
/// host's environment variables as defaults.</summary>
public sealed class StorageArguments
{
    public Option<string> Provider { get; } = new("--provider") { Description = "sqlite | postgres (default: $Storage__Provider, else sqlite)" };
    public Option<string> Connection { get; } = new("--connection") { Description = "connection string (default: $ConnectionStrings__Calcine)" };

    /// <summary>The storage options, or the error message to report.</summary>
    public (StorageOptions? Options, string? Error) Resolve(ParseResult parse)
    {
        try
        {
            return (StorageOptions.Parse(
                parse.GetValue(Provider) ?? Environment.GetEnvironmentVariable("Storage__Provider"),
                parse.GetValue(Connection) ?? Environment.GetEnvironmentVariable("ConnectionStrings__Calcine")), null);
        }
        catch (ArgumentException ex)
        {
            return (null, ex.Message);
        }
    }
}
