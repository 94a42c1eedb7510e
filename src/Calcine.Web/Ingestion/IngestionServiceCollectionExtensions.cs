using System.Net;
using Calcine.Storage;
using Calcine.Storage.Cems;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Calcine.Web.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>Registers the HJ 212 pipeline: device registry, bounded queue, batch writer and the
    /// store for the configured database.</summary>
    public static IServiceCollection AddCemsIngestion(this IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));
        services.AddSingleton<IngestionCounters>();
        services.AddSingleton<IngestionQueue>();
        services.AddSingleton<DeviceRegistry>();
        services.AddSingleton<ConnectionSlots>();
        services.AddSingleton<DeviceAuthThrottle>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Hj212Session.Dependencies>();
        services.AddSingleton<ICemsFrameStore>(_ => storage.Provider == StorageProvider.Sqlite
            ? new SqliteFrameStore(storage.ConnectionString)
            : new PostgresFrameStore(NpgsqlDataSource.Create(storage.ConnectionString)));
        services.AddHostedService<FrameWriterService>();
        return services;
    }

    /// <summary>Kestrel listens for HJ 212 beside HTTP; the connection handler runs each session.</summary>
    public static void ListenForHj212(this Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, IngestionOptions options, bool loopbackOnly)
    {
        if (!options.Enabled)
        {
            return;
        }

        kestrel.Listen(loopbackOnly ? IPAddress.Loopback : IPAddress.Any, options.Port, l => l.UseConnectionHandler<Hj212ConnectionHandler>());
    }
}
