using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Ingestion;

/// <summary>One HJ 212 connection: read, frame, decode, hand data packets to the writer, and answer
/// each packet that asks for it only after its batch is committed (RespServer.RunClientAsync shape).</summary>
public sealed partial class Hj212ConnectionHandler(
    Hj212Session.Dependencies dependencies, ConnectionSlots slots, IOptions<IngestionOptions> options, ILogger<Hj212ConnectionHandler> logger) : ConnectionHandler
{
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        var counters = dependencies.Counters;
        var address = (connection.RemoteEndPoint as IPEndPoint)?.Address;
        if (slots.TryAcquire(address) is { } refused)
        {
            counters.Rejected(refused);
            connection.Abort();
            return;
        }

        counters.Connected();
        var session = new Hj212Session(dependencies, options.Value, connection.Transport.Output, address?.ToString() ?? "");
        try
        {
            await session.RunAsync(connection.Transport.Input);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ConnectionResetException or IOException)
        {
            // The peer went away or the server is stopping: a normal end of a session.
        }
        catch (Exception ex)
        {
            LogSessionFailed(logger, ex, connection.RemoteEndPoint?.ToString());
        }
        finally
        {
            counters.Disconnected();
            slots.Release(address);
            await connection.Transport.Input.CompleteAsync();
            await connection.Transport.Output.CompleteAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "HJ 212 session from {Remote} ended with an error")]
    private static partial void LogSessionFailed(ILogger logger, Exception ex, string? remote);
}
