using System.Runtime.CompilerServices;
using Npgsql;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Time;

namespace QuanTrac.Storage.Postgres;

/// <summary>Reads of observations: latest values and series, current or with every version.</summary>
static class PostgresObservationReader
{
    // Byte order (COLLATE "C") sorts as SQLite does, so both stores export identical files.
    const string Columns = """
        s.prefix COLLATE "C" AS prefix, o.parameter COLLATE "C" AS parameter, o.observed_at, o.version, o.raw_name, o.raw_value, o.value, o.raw_unit, o.unit, o.status,
        o.flags, f.sha256, f.name, o.received_at
        """;

    public static async Task<IReadOnlyList<StoredObservation>> LatestAsync(NpgsqlConnection c, string prefix, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"""
            SELECT {Columns}, true
            FROM stations s JOIN latest l ON l.station_id = s.id
            JOIN observations o ON o.station_id = l.station_id AND o.parameter = l.parameter AND o.observed_at = l.observed_at
            JOIN files f ON f.id = o.file_id
            WHERE s.prefix = @prefix
            """, c);
        cmd.Parameters.AddWithValue("prefix", prefix);
        var list = new List<StoredObservation>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(Read(reader));
        return [.. list.OrderBy(o => o.Observation.ParameterCode, StringComparer.Ordinal)];
    }

    public static async IAsyncEnumerable<StoredObservation> SeriesAsync(NpgsqlConnection c, SeriesQuery q, [EnumeratorCancellation] CancellationToken ct)
    {
        // Only the conditions that are set, so that the plan can use the primary key and prune partitions by time.
        var conditions = new List<string>();
        if (q.Station is not null) conditions.Add("s.prefix = @station");
        if (q.Parameter is not null) conditions.Add("o.parameter = @parameter");
        if (q.From is not null) conditions.Add("o.observed_at >= @from");
        if (q.To is not null) conditions.Add("o.observed_at <= @to");
        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        var current = $"SELECT {Columns}, true AS current FROM observations o JOIN stations s ON s.id = o.station_id JOIN files f ON f.id = o.file_id {where}";
        var history = $"SELECT {Columns}, false AS current FROM observation_history o JOIN stations s ON s.id = o.station_id JOIN files f ON f.id = o.file_id {where}";
        await using var cmd = new NpgsqlCommand((q.AllVersions ? $"{current} UNION ALL {history}" : current)
            + " ORDER BY prefix, parameter, observed_at, version", c);
        if (q.Station is not null) cmd.Parameters.AddWithValue("station", NpgsqlTypes.NpgsqlDbType.Text, q.Station);
        if (q.Parameter is not null) cmd.Parameters.AddWithValue("parameter", NpgsqlTypes.NpgsqlDbType.Text, q.Parameter);
        if (q.From is { } from) cmd.Parameters.AddWithValue("from", NpgsqlTypes.NpgsqlDbType.TimestampTz, from.ToUniversalTime());
        if (q.To is { } to) cmd.Parameters.AddWithValue("to", NpgsqlTypes.NpgsqlDbType.TimestampTz, to.ToUniversalTime());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return Read(reader);
    }

    static StoredObservation Read(NpgsqlDataReader r)
    {
        var observation = new Observation(
            StationPrefix: r.GetString(0),
            ParameterCode: r.GetString(1),
            RawName: r.GetString(4),
            ObservedAt: VietnamTime.ToLocal(new DateTimeOffset(r.GetFieldValue<DateTime>(2), TimeSpan.Zero)),
            RawValue: r.GetString(5),
            Value: r.IsDBNull(6) ? null : r.GetDecimal(6),
            RawUnit: r.GetString(7),
            Unit: r.GetString(8),
            Status: r.GetString(9),
            Flags: (ObservationFlags)r.GetInt32(10));
        return new StoredObservation(observation, r.GetInt32(3), r.GetBoolean(14), r.GetString(11), r.GetString(12),
            new DateTimeOffset(r.GetFieldValue<DateTime>(13), TimeSpan.Zero));
    }
}
