using QuanTrac.Storage;
using QuanTrac.Storage.Relay;

namespace QuanTrac.Server.Relay;

/// <summary>
/// Forwards every accepted file to the upstream: claims due outbox rows, sends them a few at a time with their
/// original name and bytes (from the raw archive), marks a row sent only on a 2xx answer, and backs off per
/// file otherwise. All its state lives in the outbox, so it resumes where it stopped after either side was down.
/// </summary>
public sealed partial class RelayService(IQuanTracStore store, RelayOptions options, TimeProvider time, ILogger<RelayService> logger)
    : BackgroundService
{
    readonly RelayBackoff _backoff = new(options);

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var outbox = store as IRelayOutbox ?? throw new InvalidOperationException("This store has no relay outbox. / Kho dữ liệu không có hàng đợi chuyển tiếp.");
        var queued = await outbox.EnableAsync(time.GetUtcNow(), stoppingToken);
        LogStarted(options.Endpoint, queued);
        using var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = options.Timeout };
        using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new RelayClient(http, options);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RoundAsync(outbox, client, stoppingToken) == 0)
                    await Task.Delay(options.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The local store failed (e.g. busy): nothing is lost, the rows stay due; try again later.
                LogRoundFailed(e);
                await Task.Delay(options.BackoffBase, time, stoppingToken);
            }
        }
    }

    /// <summary>One round: returns how many files were attempted.</summary>
    async Task<int> RoundAsync(IRelayOutbox outbox, RelayClient client, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        // The lease outlasts one send: a row is never sent twice at once, even by a second node on the same database.
        var items = await outbox.ClaimAsync(now, options.BatchSize, now + options.Timeout + options.Timeout, ct);
        if (items.Count == 0)
            return 0;
        var down = 0;
        long longestWait = 0;
        var notTried = new System.Collections.Concurrent.ConcurrentBag<long>();
        var attempted = 0;
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = ct }, async (item, token) =>
        {
            // Once the upstream is found down, the rest of the round waits instead of each failing in turn.
            if (Volatile.Read(ref down) != 0)
            {
                notTried.Add(item.FileId);
                return;
            }
            Interlocked.Increment(ref attempted);
            var bytes = await store.GetRawBytesAsync(item.Sha256, token);
            var result = bytes is null
                ? new RelaySendResult(RelaySendStatus.Refused, "not in the raw archive / không có trong kho tệp gốc")
                : await client.SendAsync(item.FileName, item.Sha256, bytes, token);
            if (result.Status == RelaySendStatus.Sent)
            {
                await outbox.MarkSentAsync(item.FileId, time.GetUtcNow(), result.Detail, token);
                return;
            }
            if (result.Status == RelaySendStatus.Unavailable)
                Interlocked.Exchange(ref down, 1);
            var wait = _backoff.Delay(item.Attempts + 1);
            InterlockedMax(ref longestWait, wait.Ticks);
            await outbox.MarkFailedAsync(item.FileId, time.GetUtcNow() + wait, result.Detail, token);
            LogSendFailed(item.FileName, item.Attempts + 1, result.Detail, wait);
        });
        // Files not tried wait as long as the most-failed file tried: while the upstream stays down, the probes
        // thin out exponentially instead of a new batch knocking every base interval.
        if (!notTried.IsEmpty)
            await outbox.ReleaseAsync([.. notTried], time.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref longestWait)), ct);
        return attempted;
    }

    static void InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var found = Interlocked.CompareExchange(ref target, value, seen);
            if (found == seen)
                return;
            seen = found;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Relaying accepted files to {Endpoint}; {Queued} earlier files queued")]
    partial void LogStarted(Uri endpoint, int queued);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relay of {File} failed (attempt {Attempt}): {Error}; next try in {Wait}")]
    partial void LogSendFailed(string file, int attempt, string error, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "Relay round failed")]
    partial void LogRoundFailed(Exception error);
}
