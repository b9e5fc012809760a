namespace QuanTrac.Storage.Relay;

/// <summary>
/// The province side of the relay to an upstream QuanTrac: one outbox row per accepted file. Kept apart from
/// <see cref="IQuanTracStore"/> because only a forwarding instance needs it; both stores implement it.
/// </summary>
/// <remarks>
/// Once <see cref="EnableAsync"/> has run, the database itself enqueues (a trigger on the file registry) every
/// file that becomes accepted, in the same transaction as its commit — whichever process commits it (server,
/// <c>quantrac ingest</c>, another node). So a file cannot be accepted without being queued, and a crash at
/// any instant loses nothing.
/// </remarks>
public interface IRelayOutbox
{
    /// <summary>
    /// Switches on enqueueing (persistent: it stays on for every later commit). The first time, also queues
    /// every file accepted before; returns how many it queued (0 when relaying was already on).
    /// </summary>
    Task<int> EnableAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="limit"/> unsent rows due at <paramref name="now"/>, oldest first, by moving
    /// their next attempt to <paramref name="leaseUntil"/>: another sender (a second node) skips them meanwhile,
    /// and if this one dies they become due again by themselves.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ClaimAsync(DateTimeOffset now, int limit, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Marks a row sent (the upstream answered 2xx) with the upstream's outcome.</summary>
    Task MarkSentAsync(long fileId, DateTimeOffset sentAt, string upstreamOutcome, CancellationToken cancellationToken = default);

    /// <summary>Records a failed attempt and when to try again.</summary>
    Task MarkFailedAsync(long fileId, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken = default);

    /// <summary>Gives back claimed rows that were not attempted (the upstream was down), due again at <paramref name="nextAttemptAt"/>.</summary>
    Task ReleaseAsync(IReadOnlyList<long> fileIds, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken = default);

    /// <summary>Counts and the oldest unsent row, for operators and tests.</summary>
    Task<RelayOutboxStatus> GetOutboxStatusAsync(CancellationToken cancellationToken = default);
}

/// <summary>A claimed outbox row.</summary>
/// <param name="FileId">Registry id of the file.</param>
/// <param name="Sha256">SHA-256 of its bytes (the archive key).</param>
/// <param name="FileName">Original file name.</param>
/// <param name="Attempts">Attempts made before this one.</param>
public sealed record OutboxItem(long FileId, string Sha256, string FileName, int Attempts);

/// <summary>The state of the outbox.</summary>
/// <param name="Enabled">Whether accepted files are being queued.</param>
/// <param name="Pending">Rows not sent yet.</param>
/// <param name="Sent">Rows sent.</param>
/// <param name="Failing">Unsent rows whose last attempt failed.</param>
/// <param name="OldestPendingSince">When the oldest unsent row was queued, or null.</param>
/// <param name="LastError">The error of the most recently failed unsent row, or null.</param>
public sealed record RelayOutboxStatus(bool Enabled, long Pending, long Sent, long Failing, DateTimeOffset? OldestPendingSince, string? LastError);
