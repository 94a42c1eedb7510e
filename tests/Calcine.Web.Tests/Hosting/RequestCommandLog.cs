using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Calcine.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Calcine.Web.Tests.Hosting;

/// <summary>The SQL the host's DbContexts send while serving a request that carries
/// <see cref="Header"/>, kept under the header's value: what one request costs in queries, apart
/// from every other request and background job of the shared host.</summary>
public sealed class RequestCommandLog(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Commands";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> commands = new(StringComparer.Ordinal);

    /// <summary>Puts the log over the host's DbContext options (after the host's own configuration).</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<RequestCommandLog>();
        services.ConfigureDbContext<CalcineDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RequestCommandLog>()));
    }

    /// <summary>The commands sent for the requests marked <paramref name="key"/>, in order.</summary>
    public IReadOnlyList<string> For(string key) => commands.TryGetValue(key, out var q) ? [.. q] : [];

    /// <summary>Whether the SQL reads <paramref name="table"/> (after FROM or JOIN, quoted or not, as each provider writes it).</summary>
    public static bool Reads(string sql, string table) =>
        Regex.IsMatch(sql, $@"\b(FROM|JOIN)\s+""?{table}""?(\s|$)", RegexOptions.IgnoreCase);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key)
        {
            commands.GetOrAdd(key, _ => new()).Enqueue(command.CommandText);
        }
    }
}
