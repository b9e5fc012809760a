using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Http;
using QuanTrac.Storage;

namespace QuanTrac.Server.Indices;

/// <summary>
/// The current VN_AQI of every air station and VN_WQI of every surface-water station, computed in the
/// background and kept as ready answers. A full pass runs at start, when the hour changes and every
/// <see cref="ServerOptions.IndexFullRefresh"/>; between passes only the stations the intake touched are recomputed.
/// Readers never wait for a computation: they get the last snapshot.
/// </summary>
public sealed class LatestIndexCache(IQuanTracStore store, TimeProvider time, IndexSignal signal, IOptions<JsonOptions> json)
{
    /// <summary>Hours before the last complete hour in which a late station's newest AQI is still looked for.</summary>
    public const int LookBackHours = 3;

    readonly SemaphoreSlim gate = new(1, 1);
    readonly Dictionary<string, LatestIndex> aqi = new(StringComparer.Ordinal);
    readonly Dictionary<string, LatestIndex> wqi = new(StringComparer.Ordinal);
    IndexSnapshot? snapshot;
    DateTimeOffset lastFullPass;
    DateTimeOffset lastHour;

    /// <summary>The newest snapshot; null until the first pass has finished.</summary>
    public IndexSnapshot? Current => Volatile.Read(ref snapshot);

    /// <summary>The snapshot, computing the first one when none exists yet.</summary>
    public async Task<IndexSnapshot> GetAsync(CancellationToken ct) => Current ?? await RefreshAsync(full: true, ct, onlyIfMissing: true);

    /// <summary>
    /// Recomputes: every station when <paramref name="full"/>, when the hour changed or the full-pass interval
    /// passed; else only the stations touched since the last call. Publishes a new snapshot.
    /// </summary>
    public async Task<IndexSnapshot> RefreshAsync(bool full, CancellationToken ct, TimeSpan? fullInterval = null, bool onlyIfMissing = false)
    {
        await gate.WaitAsync(ct);
        try
        {
            // A request that found no snapshot waited for the pass under way; that pass's result will do.
            if (onlyIfMissing && snapshot is { } done)
                return done;
            var now = time.GetUtcNow();
            var hour = Domain.Standards.Averaging.Periods.Containing(now, Domain.Standards.Averaging.AveragingPeriod.Hour).Start;
            full |= snapshot is null || hour != lastHour || now - lastFullPass >= (fullInterval ?? TimeSpan.FromMinutes(10));
            var touched = signal.Drain();
            var stations = await store.GetStationsAsync(ct);
            var known = new HashSet<string>(stations.Select(s => s.Prefix), StringComparer.Ordinal);
            IEnumerable<Station> todo = stations;
            if (!full)
            {
                var set = new HashSet<string>(touched, StringComparer.Ordinal);
                todo = stations.Where(s => set.Contains(s.Prefix) || (!aqi.ContainsKey(s.Prefix) && !wqi.ContainsKey(s.Prefix)));
            }
            foreach (var station in todo)
            {
                if (station.Type == StationType.AmbientAir)
                    aqi[station.Prefix] = await ComputeAqiAsync(station, now, ct);
                else if (station.Type == StationType.SurfaceWater)
                    wqi[station.Prefix] = await WaterIndex.ComputeAsync(store, station, now, ct);
            }
            foreach (var gone in aqi.Keys.Where(k => !known.Contains(k)).ToList())
                aqi.Remove(gone);
            foreach (var gone in wqi.Keys.Where(k => !known.Contains(k)).ToList())
                wqi.Remove(gone);
            if (full)
            {
                lastFullPass = now;
                lastHour = hour;
            }
            // Unchanged indices keep the published snapshot, so its ETag stays valid and clients keep getting 304.
            var aqiList = aqi.Values.OrderBy(x => x.Station, StringComparer.Ordinal).ToList();
            var wqiList = wqi.Values.OrderBy(x => x.Station, StringComparer.Ordinal).ToList();
            if (snapshot is { } previous && previous.Aqi.SequenceEqual(aqiList) && previous.Wqi.SequenceEqual(wqiList))
                return previous;
            var next = Build(now, aqiList, wqiList);
            Volatile.Write(ref snapshot, next);
            return next;
        }
        finally
        {
            gate.Release();
        }
    }

    async Task<LatestIndex> ComputeAqiAsync(Station station, DateTimeOffset now, CancellationToken ct)
    {
        var latest = await AirIndexReader.LatestHourlyAsync(store, station, now, LookBackHours, ct);
        if (latest is not { } l || l.Result.Category is not { } c)
            return new LatestIndex(station.Prefix, station.NameVi, station.NameEn, null, null, null, null, null, null, "VN_AQI", true);
        return new LatestIndex(station.Prefix, station.NameVi, station.NameEn, VietnamTime.FormatIso(l.Label), l.Result.Aqi, c.Hex,
            c.NameVi, c.NameEn, l.Result.MainPollutant is { } p ? AirPollutants.Code(p) : null, "VN_AQI", !l.Validated);
    }

    IndexSnapshot Build(DateTimeOffset now, List<LatestIndex> aqiList, List<LatestIndex> wqiList)
    {
        var options = json.Value.SerializerOptions;
        var aqiJson = new CachedBody(JsonSerializer.SerializeToUtf8Bytes(Envelope("VN_AQI", now, aqiList, AqiJson), options), "application/json; charset=utf-8");
        var wqiJson = new CachedBody(JsonSerializer.SerializeToUtf8Bytes(Envelope("VN_WQI", now, wqiList, WqiJson), options), "application/json; charset=utf-8");
        return new IndexSnapshot(now, aqiList, wqiList, aqiJson, Csv(aqiList, "aqi"), wqiJson, Csv(wqiList, "wqi"));
    }

    /// <summary>The envelope of the latest-index answers: what the numbers are, where they come from, their status.</summary>
    internal static object Envelope(string method, DateTimeOffset now, IEnumerable<LatestIndex> stations, Func<LatestIndex, object> shape) => new
    {
        method,
        computedAt = VietnamTime.FormatIso(now),
        basis = PublicTexts.Basis(method),
        dataSource = PublicTexts.DataSource,
        // True while any station's index rests on a provisional value (or none has one); each station says its own.
        provisional = !stations.Any(x => x.Value is not null) || stations.Any(x => x.Value is not null && x.Provisional),
        note = PublicTexts.ProvisionalNote,
        stations = stations.Select(shape),
    };

    static object AqiJson(LatestIndex x) => new
    {
        station = x.Station, x.NameVi, x.NameEn, x.Time, aqi = x.Value, colour = x.Colour,
        category = x.Value is null ? null : new { vi = x.CategoryVi, en = x.CategoryEn }, x.MainPollutant, x.Provisional,
    };

    static object WqiJson(LatestIndex x) => new
    {
        station = x.Station, x.NameVi, x.NameEn, x.Time, wqi = x.Value, colour = x.Colour,
        category = x.Value is null ? null : new { vi = x.CategoryVi, en = x.CategoryEn }, x.Provisional,
    };

    static CachedBody Csv(IReadOnlyList<LatestIndex> list, string valueName)
    {
        var csv = new CsvWriter("station", "name_vi", "name_en", "time", valueName, "colour", "category_vi", "category_en", "main_pollutant", "method", "provisional");
        foreach (var x in list)
            csv.Field(x.Station).Field(x.NameVi).Field(x.NameEn).Field(x.Time).Field(x.Value).Field(x.Colour).Field(x.CategoryVi)
                .Field(x.CategoryEn).Field(x.MainPollutant).Field(x.Method).Field(x.Provisional).EndRow();
        return csv.ToBody();
    }
}
