namespace QuanTrac.Ingest.Intake;

/// <summary>
/// Watches an inbox folder (what an FTP server writes into, any layout) by scanning it recursively. A file is
/// taken only once it has stopped changing: same size and modification time over two scans at least
/// <see cref="StableFor"/> apart, and not a temporary upload name. It is removed from the inbox only after the
/// store has committed it, and only if it did not change meanwhile.
/// </summary>
/// <remarks>Scanning instead of FileSystemWatcher: inotify misses events under load and across deep trees, and an FTP upload fires many.</remarks>
public sealed class InboxWatcher
{
    readonly string _inbox;
    readonly IntakePipeline _pipeline;
    readonly TimeProvider _time;
    readonly Dictionary<string, (long Size, DateTime Modified, long SeenAt)> _candidates = new(StringComparer.Ordinal);
    readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

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

    /// <summary>One scan: notes new or changed files and submits those that have been stable long enough.</summary>
    public async Task ScanOnceAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetTimestamp();
        var present = new HashSet<string>(StringComparer.Ordinal);
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
            await SubmitAsync(path, state, cancellationToken);
        }
        foreach (var gone in _candidates.Keys.Where(k => !present.Contains(k)).ToList())
            _candidates.Remove(gone);
    }

    async Task SubmitAsync(string path, (long Length, DateTime Modified) state, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, ct);
        }
        catch (IOException)
        {
            return; // Locked or vanished: the next scan sees it again.
        }
        _candidates.Remove(path);
        lock (_inFlight)
            _inFlight.Add(path);
        var relative = Path.GetRelativePath(_inbox, path);
        var file = new ReceivedFile(Path.GetFileName(path), relative, bytes, _time.GetUtcNow(), () => RemoveIfUnchanged(path, state));
        await _pipeline.EnqueueAsync(_pipeline.Prepare(file), ct);
    }

    void RemoveIfUnchanged(string path, (long Length, DateTime Modified) state)
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
        }
    }
}
