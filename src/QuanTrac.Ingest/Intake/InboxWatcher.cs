using System.Collections.Concurrent;
using System.Security.Cryptography;
using QuanTrac.Storage.Cluster;

namespace QuanTrac.Ingest.Intake;

/// <summary>
/// Watches an inbox folder (what an FTP server writes into, any layout) by scanning it recursively. A file is
/// taken only once it has stopped changing: same size and modification time over two scans at least
/// <see cref="StableFor"/> apart, and not a temporary upload name. It is removed from the inbox only after the
/// store has committed it, and only if it did not change meanwhile. When several nodes watch one shared inbox, a
/// file is read only by the node that won its claim (<see cref="Claims"/>); the claim is released after the
/// removal, and a node's live claims are renewed on every scan.
/// </summary>
/// <remarks>Scanning instead of FileSystemWatcher: inotify misses events under load and across deep trees, and an FTP upload fires many.</remarks>
public sealed class InboxWatcher
{
    readonly string _inbox;
    readonly IntakePipeline _pipeline;
    readonly TimeProvider _time;
    readonly Dictionary<string, (long Size, DateTime Modified, long SeenAt)> _candidates = new(StringComparer.Ordinal);
    readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);
    // Filled by the pipeline's writer after each removal; released by the next scan (claims are async, AfterCommit is not).
    readonly ConcurrentQueue<string> _toRelease = new();

    /// <summary>Creates a watcher of <paramref name="inbox"/> feeding <paramref name="pipeline"/>.</summary>
    public InboxWatcher(string inbox, IntakePipeline pipeline, TimeProvider time)
    {
        _inbox = Path.GetFullPath(inbox);
        _pipeline = pipeline;
        _time = time;
        Directory.CreateDirectory(_inbox);
    }

    /// <summary>How long a file must stay unchanged before it is read (default 5 s, as the spec recommends).</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between two scans (default 1 s).</summary>
    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Claims on the inbox's files shared with other nodes (default: alone on the inbox, every claim granted).</summary>
    public IIntakeClaims Claims { get; init; } = SingleNodeIntakeClaims.Instance;

    /// <summary>This node's name in the claims; unique per process.</summary>
    public string Node { get; init; } = "local";

    /// <summary>How long a claim lasts without renewal (default 30 s): after a node dies, its files wait this long.</summary>
    public TimeSpan ClaimLease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Files claimed and not yet committed at most (default 1,000), so that other nodes get a share of a backlog.</summary>
    public int MaxInFlight { get; init; } = 1000;

    /// <summary>Scans until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await ScanOnceAsync(cancellationToken);
            try
            {
                await Task.Delay(ScanInterval, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One scan: notes new or changed files, claims those that have been stable long enough and submits them.</summary>
    public async Task ScanOnceAsync(CancellationToken cancellationToken)
    {
        await HousekeepClaimsAsync(cancellationToken);
        var now = _time.GetTimestamp();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var stable = new List<(string Path, (long Length, DateTime Modified) State)>();
        int inFlight;
        lock (_inFlight)
            inFlight = _inFlight.Count;
        var budget = MaxInFlight - inFlight;
        foreach (var path in InboxFiles.Enumerate([_inbox]))
        {
            present.Add(path);
            lock (_inFlight)
                if (_inFlight.Contains(path))
                    continue;
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                if (!info.Exists)
                    continue;
            }
            catch (IOException)
            {
                continue;
            }
            var state = (info.Length, info.LastWriteTimeUtc);
            if (!_candidates.TryGetValue(path, out var seen) || (seen.Size, seen.Modified) != state)
            {
                _candidates[path] = (state.Length, state.LastWriteTimeUtc, now);
                continue;
            }
            if (_time.GetElapsedTime(seen.SeenAt, now) < StableFor)
                continue;
            // Offered to the claims beyond the budget: files other nodes hold are skipped there, not here.
            if (stable.Count < budget * 4)
                stable.Add((path, state));
        }
        foreach (var gone in _candidates.Keys.Where(k => !present.Contains(k)).ToList())
            _candidates.Remove(gone);
        if (stable.Count == 0 || budget <= 0)
            return;
        var byRelative = stable.ToDictionary(s => Path.GetRelativePath(_inbox, s.Path), StringComparer.Ordinal);
        var claims = await Claims.TryClaimAsync(Node, [.. byRelative.Keys], budget, ClaimLease, cancellationToken);
        foreach (var claim in claims)
        {
            var (path, state) = byRelative[claim.Path];
            await SubmitAsync(path, claim.Path, state, claim.TakenOver, cancellationToken);
        }
    }

    /// <summary>Releases the claims of files committed and removed since the last scan, and keeps the others alive.</summary>
    async Task HousekeepClaimsAsync(CancellationToken ct)
    {
        var released = new List<string>();
        while (_toRelease.TryDequeue(out var relative))
            released.Add(relative);
        await Claims.ReleaseAsync(Node, released, ct);
        bool working;
        lock (_inFlight)
            working = _inFlight.Count > 0;
        if (working)
            await Claims.RenewAsync(Node, ClaimLease, ct);
    }

    async Task SubmitAsync(string path, string relative, (long Length, DateTime Modified) state, bool takenOver, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, ct);
        }
        catch (IOException)
        {
            _toRelease.Enqueue(relative);
            return; // Locked or vanished: the next scan sees it again.
        }
        _candidates.Remove(path);
        lock (_inFlight)
            _inFlight.Add(path);
        // A node that died between its commit and the removal left the file behind under an expired claim: it is
        // stored already, so it is only removed (storing it again would count a receipt that never happened).
        if (takenOver && await Claims.IsRegisteredAsync(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), ct))
        {
            RemoveIfUnchanged(path, relative, state);
            return;
        }
        var file = new ReceivedFile(Path.GetFileName(path), relative, bytes, _time.GetUtcNow(), () => RemoveIfUnchanged(path, relative, state));
        await _pipeline.EnqueueAsync(_pipeline.Prepare(file), ct);
    }

    void RemoveIfUnchanged(string path, string relative, (long Length, DateTime Modified) state)
    {
        try
        {
            var info = new FileInfo(path);
            // Re-uploaded while we worked: keep it, the next scan takes the new bytes.
            if (info.Exists && info.Length == state.Length && info.LastWriteTimeUtc == state.Modified)
                info.Delete();
        }
        catch (IOException)
        {
            // Left in place; a later scan re-reads it and the store sees a duplicate.
        }
        finally
        {
            lock (_inFlight)
                _inFlight.Remove(path);
            _toRelease.Enqueue(relative);
        }
    }
}
