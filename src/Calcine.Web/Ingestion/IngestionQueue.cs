using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Ingestion;

/// <summary>The bounded hand-off between sessions and the batch writer. A full queue makes
/// <see cref="EnqueueAsync"/> wait, which stops the session reading its socket: back-pressure
/// reaches the device through TCP instead of memory growing without bound.</summary>
public sealed class IngestionQueue(IOptions<IngestionOptions> options)
{
    private readonly Channel<PendingFrame> channel = Channel.CreateBounded<PendingFrame>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public ChannelReader<PendingFrame> Reader => channel.Reader;
    public int Depth => channel.Reader.Count;

    public ValueTask EnqueueAsync(PendingFrame frame, CancellationToken cancellationToken) => channel.Writer.WriteAsync(frame, cancellationToken);

    /// <summary>No new frames; the writer drains what is queued and stops.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
