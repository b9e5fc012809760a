using Dapper;
using QuanTrac.Storage.Relay;

namespace QuanTrac.Storage.Sqlite;

/// <summary>The relay outbox of the embedded store (migration 2). Writes go through the one writer, like commits.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public async Task<int> EnableAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var at = now.ToUnixTimeMilliseconds();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // One write transaction: SQLite has one writer across processes, so no commit can slip between the
            // switch and the catch-up of files accepted before it.
            await using var tx = await _writer.BeginTransactionAsync(cancellationToken);
            var switched = await _writer.ExecuteAsync(new CommandDefinition(
                "INSERT INTO relay_state(id, enabled_at) VALUES(1, @at) ON CONFLICT DO NOTHING", new { at }, tx, cancellationToken: cancellationToken));
            var queued = switched == 0 ? 0 : await _writer.ExecuteAsync(new CommandDefinition("""
                INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
                SELECT f.id, f.sha256, f.name, @at, @at FROM files f
                WHERE f.outcome = 'Accepted' AND NOT EXISTS(SELECT 1 FROM relay_outbox o WHERE o.file_id = f.id)
                ORDER BY f.id
                """, new { at }, tx, cancellationToken: cancellationToken));
            await tx.CommitAsync(cancellationToken);
            return queued;
        }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(DateTimeOffset now, int limit, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var rows = await _writer.QueryAsync<(long FileId, string Sha256, string Name, long Attempts)>(new CommandDefinition("""
                UPDATE relay_outbox SET next_attempt_at = @lease
                WHERE file_id IN (SELECT file_id FROM relay_outbox WHERE sent_at IS NULL AND next_attempt_at <= @now
                                  ORDER BY next_attempt_at, file_id LIMIT @limit)
                RETURNING file_id, sha256, name, attempts
                """, new { now = now.ToUnixTimeMilliseconds(), lease = leaseUntil.ToUnixTimeMilliseconds(), limit }, cancellationToken: cancellationToken));
            return [.. rows.OrderBy(r => r.FileId).Select(r => new OutboxItem(r.FileId, r.Sha256, r.Name, (int)r.Attempts))];
        }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public Task MarkSentAsync(long fileId, DateTimeOffset sentAt, string upstreamOutcome, CancellationToken cancellationToken = default) =>
        WriteOutboxAsync("""
            UPDATE relay_outbox SET attempts = attempts + 1, sent_at = @at, upstream_outcome = @upstreamOutcome, last_error = NULL
            WHERE file_id = @fileId
            """, new { fileId, at = sentAt.ToUnixTimeMilliseconds(), upstreamOutcome }, cancellationToken);

    /// <inheritdoc/>
    public Task MarkFailedAsync(long fileId, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default) =>
        WriteOutboxAsync("""
            UPDATE relay_outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error
            WHERE file_id = @fileId AND sent_at IS NULL
            """, new { fileId, next = nextAttemptAt.ToUnixTimeMilliseconds(), error }, cancellationToken);

    /// <inheritdoc/>
    public Task ReleaseAsync(IReadOnlyList<long> fileIds, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default) =>
        fileIds.Count == 0 ? Task.CompletedTask : WriteOutboxAsync(
            "UPDATE relay_outbox SET next_attempt_at = @next WHERE file_id IN @fileIds AND sent_at IS NULL",
            new { fileIds, next = nextAttemptAt.ToUnixTimeMilliseconds() }, cancellationToken);

    async Task WriteOutboxAsync(string sql, object parameters, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try { await _writer.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct)); }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<RelayOutboxStatus> GetOutboxStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        var row = await c.QuerySingleAsync<(long Enabled, long Pending, long Sent, long Failing, long? Oldest)>(new CommandDefinition("""
            SELECT EXISTS(SELECT 1 FROM relay_state),
                   (SELECT count(*) FROM relay_outbox WHERE sent_at IS NULL),
                   (SELECT count(*) FROM relay_outbox WHERE sent_at IS NOT NULL),
                   (SELECT count(*) FROM relay_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL),
                   (SELECT min(enqueued_at) FROM relay_outbox WHERE sent_at IS NULL)
            """, cancellationToken: cancellationToken));
        var lastError = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT last_error FROM relay_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY next_attempt_at DESC LIMIT 1",
            cancellationToken: cancellationToken));
        return new RelayOutboxStatus(row.Enabled != 0, row.Pending, row.Sent, row.Failing,
            row.Oldest is { } oldest ? DateTimeOffset.FromUnixTimeMilliseconds(oldest) : null, lastError);
    }
}
