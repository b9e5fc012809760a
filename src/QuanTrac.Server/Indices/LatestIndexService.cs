namespace QuanTrac.Server.Indices;

/// <summary>
/// Keeps <see cref="LatestIndexCache"/> fresh: a full pass at start, then the stations the intake touched as soon
/// as it touches them — at most once per <see cref="ServerOptions.IndexCoalesce"/>, so that a burst of files makes one
/// pass — and at least every <see cref="ServerOptions.IndexRefresh"/> (a full pass when the hour changes or
/// <see cref="ServerOptions.IndexFullRefresh"/> has passed).
/// </summary>
public sealed partial class LatestIndexService(LatestIndexCache cache, IndexSignal signal, ServerOptions options, TimeProvider time,
    ILogger<LatestIndexService> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var full = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cache.RefreshAsync(full, stoppingToken, options.IndexFullRefresh);
                full = false;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass (e.g. the database briefly down) must not stop later passes; the last snapshot stays served.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(e);
            }
            try
            {
                await WaitForNextPassAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task WaitForNextPassAsync(CancellationToken ct)
    {
        var coalesce = options.IndexCoalesce < options.IndexRefresh ? options.IndexCoalesce : options.IndexRefresh;
        await Task.Delay(coalesce, time, ct);
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var rest = Task.Delay(options.IndexRefresh - coalesce, time, tick.Token);
        await Task.WhenAny(signal.Changed, rest);
        await tick.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index refresh failed; the previous indices stay published")]
    partial void LogFailed(Exception e);
}
