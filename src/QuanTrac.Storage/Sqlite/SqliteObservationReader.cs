using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Time;

namespace QuanTrac.Storage.Sqlite;

/// <summary>Reads of observations: latest values and series, current or with every version.</summary>
static class SqliteObservationReader
{
    const string Columns = """
        s.prefix, o.parameter, o.observed_at, o.version, coalesce(o.raw_name, o.parameter), o.raw_value, o.value, coalesce(o.raw_unit, o.unit), o.unit, o.status,
        o.flags, f.sha256, f.name, o.received_at
        """;

    public static async Task<IReadOnlyList<StoredObservation>> LatestAsync(SqliteConnection c, string prefix, CancellationToken ct)
    {
        // One seek per parameter through the latest table kept by every commit.
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"""
            SELECT {Columns}, 1 FROM stations s
            JOIN latest l ON l.station_id = s.id
            JOIN observations o ON o.station_id = l.station_id AND o.parameter = l.parameter AND o.observed_at = l.observed_at
            JOIN files f ON f.id = o.file_id
            WHERE s.prefix = $prefix
            ORDER BY o.parameter
            """;
        cmd.Parameters.AddWithValue("$prefix", prefix);
        var list = new List<StoredObservation>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(Read(reader));
        return list;
    }

    public static async IAsyncEnumerable<StoredObservation> SeriesAsync(SqliteConnection c, SeriesQuery q, [EnumeratorCancellation] CancellationToken ct)
    {
        // Only the conditions that are set: "($x IS NULL OR …)" keeps SQLite from using the primary key
        // (station_id, parameter, observed_at), and one station's read became a scan of every observation.
        var conditions = new List<string>();
        if (q.Station is not null) conditions.Add("s.prefix = $station");
        if (q.Parameter is not null) conditions.Add("o.parameter = $parameter");
        if (q.From is not null) conditions.Add("o.observed_at >= $from");
        if (q.To is not null) conditions.Add("o.observed_at <= $to");
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        using var cmd = c.CreateCommand();
        var current = $"SELECT {Columns}, 1 AS current FROM observations o JOIN stations s ON s.id = o.station_id JOIN files f ON f.id = o.file_id {where}";
        var history = $"SELECT {Columns}, 0 AS current FROM observation_history o JOIN stations s ON s.id = o.station_id JOIN files f ON f.id = o.file_id {where}";
        cmd.CommandText = (q.AllVersions ? $"{current} UNION ALL {history}" : current) + " ORDER BY 1, 2, 3, 4";
        if (q.Station is not null) cmd.Parameters.AddWithValue("$station", q.Station);
        if (q.Parameter is not null) cmd.Parameters.AddWithValue("$parameter", q.Parameter);
        if (q.From is { } from) cmd.Parameters.AddWithValue("$from", from.ToUnixTimeSeconds());
        if (q.To is { } to) cmd.Parameters.AddWithValue("$to", to.ToUnixTimeSeconds());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return Read(reader);
    }

    static StoredObservation Read(SqliteDataReader r)
    {
        var observation = new Observation(
            StationPrefix: r.GetString(0),
            ParameterCode: r.GetString(1),
            RawName: r.GetString(4),
            ObservedAt: VietnamTime.ToLocal(DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(2))),
            RawValue: r.GetString(5),
            Value: r.IsDBNull(6) ? null : decimal.Parse(r.GetString(6), CultureInfo.InvariantCulture),
            RawUnit: r.GetString(7),
            Unit: r.GetString(8),
            Status: r.GetString(9),
            Flags: (ObservationFlags)r.GetInt32(10));
        return new StoredObservation(observation, r.GetInt32(3), r.GetInt32(14) == 1, r.GetString(11), r.GetString(12),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(13)));
    }
}
