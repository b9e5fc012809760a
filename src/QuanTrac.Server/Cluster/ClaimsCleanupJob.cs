using QuanTrac.Storage.Cluster;

namespace QuanTrac.Server.Cluster;

/// <summary>
/// Deletes claims left behind by nodes that died after removing their file but before releasing its claim. A claim
/// whose file is still in the inbox is kept: when a node takes it over, the claim tells it to check the registry
/// first (the file may have been committed already).
/// </summary>
public sealed partial class ClaimsCleanupJob(IIntakeClaims claims, ServerOptions options, ILogger<ClaimsCleanupJob> logger) : IPeriodicJob
{
    /// <inheritdoc/>
    public string Name => "intake-claims-cleanup";

    /// <inheritdoc/>
    public TimeSpan Interval { get; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc/>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var grace = options.InboxClaimLease;
        var inbox = Path.GetFullPath(options.InboxPath);
        var expired = await claims.ExpiredAsync(grace, 10_000, cancellationToken);
        var orphans = expired.Where(relative => !File.Exists(Path.Combine(inbox, relative))).ToList();
        var deleted = await claims.DeleteExpiredAsync(orphans, grace, cancellationToken);
        if (deleted > 0)
            LogDeleted(deleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} claims of files no longer in the inbox")]
    partial void LogDeleted(int count);
}
