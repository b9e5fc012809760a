namespace QuanTrac.Server.Indices;

/// <summary>
/// Keeps <see cref="LatestIndexCache"/> fresh: a full pass at start, then every
/// <see cref="ServerOptions.IndexRefresh"/> the stations the intake touched (a full pass when the hour changes
/// or <see cref="ServerOptions.IndexFullRefresh"/> has passed).
/// </summary>
public sealed partial class LatestIndexService(LatestIndexCache cache, ServerOptions options, TimeProvider time, ILogger<LatestIndexService> logger)
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
                await Task.Delay(options.IndexRefresh, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index refresh failed; the previous indices stay published")]
    partial void LogFailed(Exception e);
}
