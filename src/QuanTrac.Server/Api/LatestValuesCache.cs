using System.Collections.Concurrent;
using QuanTrac.Server.Indices;
using QuanTrac.Storage;

namespace QuanTrac.Server.Api;

/// <summary>
/// The newest values of each station as <c>GET /api/v1/stations/{id}/latest</c> serves them, kept in memory: a
/// phone polling its station costs no store read. An entry is dropped as soon as this node commits a file of the
/// station (or a review touches it), and lives at most <see cref="Lifetime"/> — the answer's own max-age — so that
/// files committed by another node of a cluster show within that time too.
/// </summary>
public sealed class LatestValuesCache
{
    /// <summary>Longest time an entry is served (30 s, the <c>Cache-Control: max-age</c> of the answer).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    readonly ConcurrentDictionary<string, (long At, IReadOnlyList<StoredObservation> Values)> entries = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, long> versions = new(StringComparer.Ordinal);
    readonly TimeProvider time;

    /// <summary>Creates the cache, dropping a station's entry whenever <paramref name="signal"/> marks it.</summary>
    public LatestValuesCache(IndexSignal signal, TimeProvider time)
    {
        this.time = time;
        signal.Touched += Forget;
    }

    /// <summary>The station's newest values, or null when no station has this id.</summary>
    public async Task<IReadOnlyList<StoredObservation>?> GetAsync(IQuanTracStore store, string station, CancellationToken ct)
    {
        if (entries.TryGetValue(station, out var entry) && time.GetElapsedTime(entry.At) < Lifetime)
            return entry.Values;
        var version = versions.GetValueOrDefault(station);
        var at = time.GetTimestamp();
        if (await store.GetStationAsync(station, ct) is null)
            return null;
        var values = await store.GetLatestAsync(station, ct);
        entries[station] = (at, values);
        // A commit that landed while we read may have been missed by the read: then the entry must not stay.
        if (versions.GetValueOrDefault(station) != version)
            entries.TryRemove(station, out _);
        return values;
    }

    void Forget(string station)
    {
        versions.AddOrUpdate(station, 1, (_, v) => v + 1);
        entries.TryRemove(station, out _);
    }
}
