using System.Collections.Concurrent;

namespace QuanTrac.Server.Indices;

/// <summary>
/// Stations whose data changed since the indices were last computed. The intake marks a station after each
/// accepted commit, so the latest-index cache recomputes only those between its full passes, and soon after
/// the change rather than at the next fixed tick.
/// </summary>
public sealed class IndexSignal
{
    readonly ConcurrentDictionary<string, byte> dirty = new(StringComparer.Ordinal);
    TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a station is marked after the last <see cref="Drain"/>.</summary>
    public Task Changed => Volatile.Read(ref changed).Task;

    /// <summary>Raised (on the caller's thread) for every station marked, for caches of per-station answers.</summary>
    public event Action<string>? Touched;

    /// <summary>Marks a station as changed.</summary>
    public void Touch(string station)
    {
        dirty.TryAdd(station, 0);
        Touched?.Invoke(station);
        Volatile.Read(ref changed).TrySetResult();
    }

    /// <summary>Takes (and clears) the stations marked since the last call.</summary>
    public IReadOnlyList<string> Drain()
    {
        // Swapped before the keys are taken: a mark racing with this call at worst causes one pass too many, never one too few.
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var result = new List<string>();
        foreach (var key in dirty.Keys)
            if (dirty.TryRemove(key, out _))
                result.Add(key);
        return result;
    }
}
