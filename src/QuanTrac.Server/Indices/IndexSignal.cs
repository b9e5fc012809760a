using System.Collections.Concurrent;

namespace QuanTrac.Server.Indices;

/// <summary>
/// Stations whose data changed since the indices were last computed. The intake marks a station after each
/// accepted commit, so the latest-index cache recomputes only those between its full passes.
/// </summary>
public sealed class IndexSignal
{
    readonly ConcurrentDictionary<string, byte> dirty = new(StringComparer.Ordinal);

    /// <summary>Marks a station as changed.</summary>
    public void Touch(string station) => dirty.TryAdd(station, 0);

    /// <summary>Takes (and clears) the stations marked since the last call.</summary>
    public IReadOnlyList<string> Drain()
    {
        var result = new List<string>();
        foreach (var key in dirty.Keys)
            if (dirty.TryRemove(key, out _))
                result.Add(key);
        return result;
    }
}
