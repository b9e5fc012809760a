using Dapper;
using QuanTrac.Storage.Relay;

namespace QuanTrac.Storage.Postgres;

/// <summary>The relay outbox of the server store (migration 2). Claims skip rows another node holds.</summary>
public sealed partial class PostgresStore
{
    /// <inheritdoc/>
    public async Task<int> EnableAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        // SHARE blocks file writers until this transaction ends and waits for those in flight: a commit that
        // did not yet see relay_state is then visible to the catch-up below, and every later one sees the switch.
        await c.ExecuteAsync(new CommandDefinition("LOCK TABLE files IN SHARE MODE", transaction: tx, cancellationToken: cancellationToken));
        var at = now.ToUniversalTime();
        var switched = await c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO relay_state(id, enabled_at) VALUES(1, @at) ON CONFLICT DO NOTHING", new { at }, tx, cancellationToken: cancellationToken));
        var queued = switched == 0 ? 0 : await c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO relay_outbox(file_id, sha256, name, enqueued_at, next_attempt_at)
            SELECT f.id, f.sha256, f.name, @at, @at FROM files f
            WHERE f.outcome = 'Accepted' AND NOT EXISTS(SELECT 1 FROM relay_outbox o WHERE o.file_id = f.id)
            ORDER BY f.id
            """, new { at }, tx, cancellationToken: cancellationToken));
        await tx.CommitAsync(cancellationToken);
        return queued;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<OutboxItem>> ClaimAsync(DateTimeOffset now, int limit, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        var rows = await c.QueryAsync<(long FileId, string Sha256, string Name, int Attempts)>(new CommandDefinition("""
            UPDATE relay_outbox o SET next_attempt_at = @lease
            FROM (SELECT file_id FROM relay_outbox WHERE sent_at IS NULL AND next_attempt_at <= @now
                  ORDER BY next_attempt_at, file_id LIMIT @limit FOR UPDATE SKIP LOCKED) due
            WHERE o.file_id = due.file_id
            RETURNING o.file_id, o.sha256, o.name, o.attempts
            """, new { now = now.ToUniversalTime(), lease = leaseUntil.ToUniversalTime(), limit }, cancellationToken: cancellationToken));
        return [.. rows.OrderBy(r => r.FileId).Select(r => new OutboxItem(r.FileId, r.Sha256, r.Name, r.Attempts))];
    }

    /// <inheritdoc/>
    public Task MarkSentAsync(long fileId, DateTimeOffset sentAt, string upstreamOutcome, CancellationToken cancellationToken = default) =>
        WriteOutboxAsync("""
            UPDATE relay_outbox SET attempts = attempts + 1, sent_at = @at, upstream_outcome = @upstreamOutcome, last_error = NULL
            WHERE file_id = @fileId
            """, new { fileId, at = sentAt.ToUniversalTime(), upstreamOutcome }, cancellationToken);

    /// <inheritdoc/>
    public Task MarkFailedAsync(long fileId, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default) =>
        WriteOutboxAsync("""
            UPDATE relay_outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error
            WHERE file_id = @fileId AND sent_at IS NULL
            """, new { fileId, next = nextAttemptAt.ToUniversalTime(), error }, cancellationToken);

    /// <inheritdoc/>
    public Task ReleaseAsync(IReadOnlyList<long> fileIds, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default) =>
        fileIds.Count == 0 ? Task.CompletedTask : WriteOutboxAsync(
            "UPDATE relay_outbox SET next_attempt_at = @next WHERE file_id = ANY(@fileIds) AND sent_at IS NULL",
            new { fileIds = fileIds.ToArray(), next = nextAttemptAt.ToUniversalTime() }, cancellationToken);

    async Task WriteOutboxAsync(string sql, object parameters, CancellationToken ct)
    {
        await using var c = await _source.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: ct));
    }

    /// <inheritdoc/>
    public async Task<RelayOutboxStatus> GetOutboxStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        var row = await c.QuerySingleAsync<(bool Enabled, long Pending, long Sent, long Failing, DateTime? Oldest)>(new CommandDefinition("""
            SELECT EXISTS(SELECT 1 FROM relay_state),
                   (SELECT count(*) FROM relay_outbox WHERE sent_at IS NULL),
                   (SELECT count(*) FROM relay_outbox WHERE sent_at IS NOT NULL),
                   (SELECT count(*) FROM relay_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL),
                   (SELECT min(enqueued_at) FROM relay_outbox WHERE sent_at IS NULL)
            """, cancellationToken: cancellationToken));
        var lastError = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT last_error FROM relay_outbox WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY next_attempt_at DESC LIMIT 1",
            cancellationToken: cancellationToken));
        return new RelayOutboxStatus(row.Enabled, row.Pending, row.Sent, row.Failing,
            row.Oldest is { } oldest ? new DateTimeOffset(DateTime.SpecifyKind(oldest, DateTimeKind.Utc)) : null, lastError);
    }
}
