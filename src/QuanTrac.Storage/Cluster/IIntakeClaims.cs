namespace QuanTrac.Storage.Cluster;

/// <summary>
/// Claims on inbox files, so that several QuanTrac nodes watching one shared inbox read each file once. A claim
/// is a lease: a node that dies mid-file loses it when the lease ends and another node takes the file over. The
/// store stays the last line of defence: a file committed twice is a duplicate and changes nothing.
/// </summary>
public interface IIntakeClaims
{
    /// <summary>
    /// Claims, for <paramref name="node"/>, up to <paramref name="max"/> of <paramref name="paths"/> (inbox-relative,
    /// in the order given) that nobody holds or whose lease has ended; the new lease ends <paramref name="lease"/>
    /// after the database's clock. Returns the claims won.
    /// </summary>
    Task<IReadOnlyList<IntakeClaim>> TryClaimAsync(string node, IReadOnlyList<string> paths, int max, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Extends every claim <paramref name="node"/> still holds (a live node keeps its files while it works on them).</summary>
    Task RenewAsync(string node, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Releases the claims of <paramref name="node"/> on <paramref name="paths"/> (after the commit and the removal from the inbox).</summary>
    Task ReleaseAsync(string node, IReadOnlyList<string> paths, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when the file registry already holds <paramref name="fileName"/> with these bytes: a file found under
    /// a taken-over claim was then committed by a node that died before removing it.
    /// </summary>
    Task<bool> IsRegisteredAsync(string fileName, string sha256, CancellationToken cancellationToken = default);

    /// <summary>Paths whose claim ended more than <paramref name="grace"/> ago (at most <paramref name="limit"/>).</summary>
    Task<IReadOnlyList<string>> ExpiredAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default);

    /// <summary>Deletes the claims on <paramref name="paths"/> that are still expired by more than <paramref name="grace"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(IReadOnlyList<string> paths, TimeSpan grace, CancellationToken cancellationToken = default);
}

/// <summary>A claim won on an inbox file.</summary>
/// <param name="Path">Inbox-relative path.</param>
/// <param name="TakenOver">
/// A claim on the path already existed (its lease had ended): its holder may have committed the file and died
/// before removing it, so the registry is checked before the file is stored again.
/// </param>
public sealed record IntakeClaim(string Path, bool TakenOver);

/// <summary>One node alone on its inbox (the embedded SQLite store): every claim is granted at once.</summary>
public sealed class SingleNodeIntakeClaims : IIntakeClaims
{
    /// <summary>The one instance.</summary>
    public static SingleNodeIntakeClaims Instance { get; } = new();

    SingleNodeIntakeClaims()
    {
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<IntakeClaim>> TryClaimAsync(string node, IReadOnlyList<string> paths, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IntakeClaim>>([.. paths.Take(max).Select(p => new IntakeClaim(p, false))]);

    /// <inheritdoc/>
    public Task RenewAsync(string node, TimeSpan lease, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task ReleaseAsync(string node, IReadOnlyList<string> paths, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task<bool> IsRegisteredAsync(string fileName, string sha256, CancellationToken cancellationToken = default) => Task.FromResult(false);

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ExpiredAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    /// <inheritdoc/>
    public Task<int> DeleteExpiredAsync(IReadOnlyList<string> paths, TimeSpan grace, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
