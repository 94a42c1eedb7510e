using Calcine.Storage.Cems;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Ingestion;

/// <summary>Drains the queue in batches into the store (Serilog BatchingSink shape). A failed
/// batch is retried with back-off and never acknowledged until it commits. On shutdown it
/// drains the queue before stopping.</summary>
public sealed partial class FrameWriterService(
    IngestionQueue queue, ICemsFrameStore store, IngestionCounters counters, IOptions<IngestionOptions> options, ILogger<FrameWriterService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var max = options.Value.MaxBatchSize;
        var delay = TimeSpan.FromMilliseconds(options.Value.BatchDelayMilliseconds);
        var batch = new List<PendingFrame>(max);
        var reader = queue.Reader;
        // Keep draining after stop is requested: the queue is completed by the host's shutdown hook.
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < max && reader.TryRead(out var frame))
            {
                batch.Add(frame);
            }

            if (batch.Count < max && !stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(delay, CancellationToken.None);
                while (batch.Count < max && reader.TryRead(out var frame))
                {
                    batch.Add(frame);
                }
            }

            await WriteWithRetryAsync(batch);
        }
    }

    /// <summary>Kestrel has stopped taking frames by now (it stops first); finish what is queued.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteWithRetryAsync(List<PendingFrame> batch)
    {
        var frames = batch.ConvertAll(p => p.Frame);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcomes = await store.WriteBatchAsync(frames, CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Complete(outcomes[i]);
                }

                counters.Committed(outcomes);
                return;
            }
            catch (Exception ex) when (attempt < 8)
            {
                LogBatchFailed(logger, ex, batch.Count, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(50 * Math.Pow(2, attempt)));
            }
            catch (Exception ex)
            {
                // Give up on this batch: the devices get no ack and will resend, nothing is half-acknowledged.
                LogBatchAbandoned(logger, ex, batch.Count);
                foreach (var p in batch)
                {
                    p.Fail(ex);
                }

                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing a batch of {Count} frames failed (attempt {Attempt}); retrying")]
    private static partial void LogBatchFailed(ILogger logger, Exception ex, int count, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} frames could not be written; the devices will resend")]
    private static partial void LogBatchAbandoned(ILogger logger, Exception ex, int count);
}
