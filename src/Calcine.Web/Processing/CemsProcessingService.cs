using Calcine.Application.Cems.Processing;
using Calcine.Storage;
using Microsoft.Extensions.Options;

namespace Calcine.Web.Processing;

/// <summary>Runs <see cref="CemsProcessor"/> in the background: paced passes while packets are
/// waiting, then every <see cref="ProcessingOptions.IntervalSeconds"/>. A failed pass changes
/// nothing (one transaction) and is retried on the next tick.</summary>
public sealed partial class CemsProcessingService(
    StorageOptions storage, IOptions<ProcessingOptions> options, ProcessingStatus status, TimeProvider clock, ILogger<CemsProcessingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var processor = new CemsProcessor(options.Value);
        var idle = TimeSpan.FromSeconds(options.Value.IntervalSeconds);
        var pause = TimeSpan.FromMilliseconds(options.Value.PauseBetweenPassesMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                await using var db = CalcineDbContextFactory.Create(storage);
                var outcome = await processor.ProcessNextAsync(db, clock.GetUtcNow().UtcDateTime, stoppingToken);
                status.Record(outcome);
                busy = outcome.FramesRead > 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                status.Failed();
                LogPassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(busy ? pause : idle, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A CEMS processing pass failed; it will be retried")]
    private static partial void LogPassFailed(ILogger logger, Exception ex);
}
