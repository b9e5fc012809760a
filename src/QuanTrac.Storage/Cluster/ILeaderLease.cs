namespace QuanTrac.Storage.Cluster;

/// <summary>
/// A named lease that at most one node holds at a time, so that periodic jobs run once cluster-wide. Lease times
/// are the database's clock, never a node's: nodes' clocks drift apart, the database has one.
/// </summary>
public interface ILeaderLease
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="holder"/> when it is free, expired or already
    /// held by <paramref name="holder"/> (a renewal), until <paramref name="duration"/> from now. True when held.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if <paramref name="holder"/> holds it (a clean shutdown hands over at once).</summary>
    Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default);
}

/// <summary>One node alone: it always leads.</summary>
public sealed class SingleNodeLeaderLease : ILeaderLease
{
    /// <summary>The one instance.</summary>
    public static SingleNodeLeaderLease Instance { get; } = new();

    SingleNodeLeaderLease()
    {
    }

    /// <inheritdoc/>
    public Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <inheritdoc/>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
