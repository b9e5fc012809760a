using Npgsql;
using NpgsqlTypes;
using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Writes the observations of accepted files: one INSERT … SELECT FROM unnest(one array per column) … ON CONFLICT
/// DO NOTHING, with the newest time of each station and parameter in the same round trip. Only when that insert
/// skipped keys (resends) are the rows also put in a temporary staging table and compared with the stored ones,
/// set-based. Column arrays cost the client far less than a binary COPY, which binds every field. A key may occur twice in one batch (a file and its corrected resend); the rows are then
/// written in rounds in which every key occurs once, in file order, so the later value wins as it would
/// one file at a time.
/// </summary>
sealed class PostgresObservationWriter(NpgsqlConnection connection, NpgsqlTransaction tx)
{
    /// <summary>The staging table; created once per session (commit connections are not reset when pooled).</summary>
    const string CreateStage = """
        CREATE TEMP TABLE IF NOT EXISTS obs_stage(
            station_id integer, parameter text, observed_at timestamptz, raw_name text, raw_value text, value numeric,
            raw_unit text, unit text, status text, flags integer, file_id bigint, received_at timestamptz, outcome smallint)
        ON COMMIT DELETE ROWS
        """;

    public async Task<Dictionary<long, (int Inserted, int Changed, int Unchanged)>> WriteAsync(
        List<AcceptedFile> files, CancellationToken ct)
    {
        var counts = new Dictionary<long, (int, int, int)>();
        if (files.Count == 0)
            return counts;
        var rounds = Rounds(files);
        if (rounds.Count == 1 && await CopyIfAllNewAsync(rounds[0], ct))
        {
            foreach (var row in rounds[0])
            {
                var (i, c, u) = counts.GetValueOrDefault(row.FileId);
                counts[row.FileId] = (i + 1, c, u);
            }
            return counts;
        }
        var staged = false;
        for (var r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            var rows = round.Count;
            var columns = new Columns(rows);
            var newest = new Dictionary<SeriesKey, DateTime>();
            for (var i = 0; i < rows; i++)
            {
                var (o, fileId, stationId, receivedAt) = round[i];
                var t = o.ObservedAt.UtcDateTime;
                columns.Station[i] = stationId; columns.Parameter[i] = o.ParameterCode; columns.ObservedAt[i] = t;
                columns.RawName[i] = o.RawName; columns.RawValue[i] = o.RawValue; columns.Value[i] = o.Value;
                columns.RawUnit[i] = o.RawUnit; columns.Unit[i] = o.Unit; columns.Status[i] = o.Status;
                columns.Flags[i] = (int)o.Flags; columns.FileId[i] = fileId; columns.ReceivedAt[i] = receivedAt.UtcDateTime;
                var key = new SeriesKey(stationId, o.ParameterCode);
                if (!newest.TryGetValue(key, out var known) || t > known)
                    newest[key] = t;
            }
            // 1 new keys, and the newest time of each station and parameter, in one round trip.
            int inserted;
            await using (var batch = new NpgsqlBatch(connection, tx))
            {
                batch.BatchCommands.Add(columns.Bind(new NpgsqlBatchCommand($"""
                    INSERT INTO observations(station_id, parameter, observed_at, version, raw_name, raw_value, value, raw_unit, unit,
                                             status, flags, file_id, received_at)
                    SELECT station_id, parameter, observed_at, 1, raw_name, raw_value, value, raw_unit, unit, status, flags, file_id, received_at
                    FROM {Columns.Unnest} ON CONFLICT DO NOTHING
                    """)));
                batch.BatchCommands.Add(LatestCommand(newest));
                await batch.ExecuteNonQueryAsync(ct);
                inserted = checked((int)batch.BatchCommands[0].Rows);
            }
            if (inserted == round.Count)
            {
                // The common case: every key was new, so every row of the round counts as inserted; nothing to compare.
                foreach (var row in round)
                {
                    var (i, c, u) = counts.GetValueOrDefault(row.FileId);
                    counts[row.FileId] = (i + 1, c, u);
                }
                continue;
            }
            // Some keys were stored before: stage the round, compare, keep the replaced versions, replace.
            await ExecuteAsync(staged ? "TRUNCATE obs_stage" : CreateStage, ct);
            staged = true;
            await using (var stage = columns.Bind(new NpgsqlCommand($"""
                INSERT INTO obs_stage(station_id, parameter, observed_at, raw_name, raw_value, value, raw_unit, unit, status, flags, file_id, received_at)
                SELECT * FROM {Columns.Unnest}
                """, connection, tx)))
                await stage.ExecuteNonQueryAsync(ct);
            // Fresh statistics on the small staging table, or the planner may hash-join whole partitions.
            await ExecuteAsync("ANALYZE obs_stage", ct);
            // 2 classify (1 inserted now, 2 changed, 3 same reading); 3 keep replaced versions; 4 replace.
            await ExecuteAsync("""
                UPDATE obs_stage s SET outcome = CASE
                    WHEN o.file_id = s.file_id AND o.raw_name = s.raw_name THEN 1
                    WHEN o.value IS NOT DISTINCT FROM s.value AND o.status = s.status AND (s.value IS NOT NULL OR o.raw_value = s.raw_value) THEN 3
                    ELSE 2 END
                FROM observations o
                WHERE o.station_id = s.station_id AND o.parameter = s.parameter AND o.observed_at = s.observed_at;
                INSERT INTO observation_history
                SELECT o.* FROM observations o JOIN obs_stage s
                  ON o.station_id = s.station_id AND o.parameter = s.parameter AND o.observed_at = s.observed_at
                WHERE s.outcome = 2;
                UPDATE observations o SET version = o.version + 1, raw_name = s.raw_name, raw_value = s.raw_value, value = s.value,
                       raw_unit = s.raw_unit, unit = s.unit, status = s.status, flags = s.flags | @resent, file_id = s.file_id,
                       received_at = s.received_at
                FROM obs_stage s
                WHERE o.station_id = s.station_id AND o.parameter = s.parameter AND o.observed_at = s.observed_at AND s.outcome = 2;
                """, ct, ("resent", (int)ObservationFlags.ResentChanged));
            await using (var cmd = new NpgsqlCommand("SELECT file_id, outcome, count(*)::int FROM obs_stage GROUP BY 1, 2", connection, tx))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                {
                    var (i, c, u) = counts.GetValueOrDefault(reader.GetInt64(0));
                    var n = reader.GetInt32(2);
                    counts[reader.GetInt64(0)] = reader.GetInt16(1) switch { 1 => (i + n, c, u), 2 => (i, c + n, u), _ => (i, c, u + n) };
                }
        }
        return counts;
    }

    /// <summary>
    /// The fast path for new data (a backlog, the live inbox): when every row is newer than the newest stored time of its
    /// station and parameter (table <c>latest</c>), no key can exist yet and the rows go in by binary COPY. A key stored
    /// meanwhile by another node makes the COPY fail on the primary key; the savepoint undoes it and the caller takes
    /// the general path, so the check only decides which path is cheaper, never what is stored.
    /// </summary>
    async Task<bool> CopyIfAllNewAsync(List<ObservationRow> rows, CancellationToken ct)
    {
        var stored = new Dictionary<SeriesKey, DateTime>();
        await using (var cmd = new NpgsqlCommand("SELECT station_id, parameter, observed_at FROM latest WHERE station_id = ANY(@s)", connection, tx))
        {
            cmd.Parameters.AddWithValue("s", rows.Select(r => r.StationId).Distinct().ToArray());
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                stored[new SeriesKey(reader.GetInt32(0), reader.GetString(1))] = reader.GetDateTime(2);
        }
        var newest = new Dictionary<SeriesKey, DateTime>();
        foreach (var (o, _, stationId, _) in rows)
        {
            var key = new SeriesKey(stationId, o.ParameterCode);
            var at = o.ObservedAt.UtcDateTime;
            if (stored.TryGetValue(key, out var before) && at <= before)
                return false;
            if (!newest.TryGetValue(key, out var known) || at > known)
                newest[key] = at;
        }
        await tx.SaveAsync("obs_copy", ct);
        try
        {
            await PostgresObservationCopy.CopyAsync(connection, rows, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await tx.RollbackAsync("obs_copy", ct);
            return false;
        }
        await using (var batch = new NpgsqlBatch(connection, tx))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("RELEASE SAVEPOINT obs_copy"));
            batch.BatchCommands.Add(LatestCommand(newest));
            await batch.ExecuteNonQueryAsync(ct);
        }
        return true;
    }

    /// <summary>Keeps <c>latest</c>: the newest time of each station and parameter written.</summary>
    static NpgsqlBatchCommand LatestCommand(Dictionary<SeriesKey, DateTime> newest)
    {
        var latest = new NpgsqlBatchCommand("""
            INSERT INTO latest(station_id, parameter, observed_at)
            SELECT * FROM unnest(@ls::int[], @lp::text[], @lt::timestamptz[])
            ON CONFLICT (station_id, parameter) DO UPDATE SET observed_at = excluded.observed_at
            WHERE excluded.observed_at > latest.observed_at
            """);
        latest.Parameters.AddWithValue("ls", newest.Keys.Select(k => k.Station).ToArray());
        latest.Parameters.AddWithValue("lp", newest.Keys.Select(k => k.Parameter).ToArray());
        latest.Parameters.AddWithValue("lt", newest.Values.ToArray());
        return latest;
    }

    /// <summary>
    /// A station's parameter, compared ordinally. Not an (int, string) tuple: its equality and hash go through the runtime's
    /// shared-generic lookups, once per row of every batch.
    /// </summary>
    readonly record struct SeriesKey(int Station, string Parameter)
    {
        public bool Equals(SeriesKey other) => Station == other.Station && string.Equals(Parameter, other.Parameter, StringComparison.Ordinal);

        public override int GetHashCode() => Station * 31 + Parameter.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>Splits the rows into rounds in which each key occurs at most once, keeping file order.</summary>
    static List<List<ObservationRow>> Rounds(List<AcceptedFile> files)
    {
        // Usual case, checked cheaply first: no two files of the batch share a station and an instant, and no file holds a
        // parameter twice at one instant; then no key repeats and all rows form one round, in file order.
        var total = 0;
        foreach (var (file, _, _) in files)
            total += file.Observations.Count;
        // Sized up front: growing them re-hashes and allocates several times per batch.
        var instants = new HashSet<(int, long)>(total);
        var fileInstants = new HashSet<long>();
        var oneRound = true;
        foreach (var (file, _, stationId) in files)
        {
            var rows = file.Observations;
            fileInstants.Clear();
            for (var i = 0; i < rows.Count && oneRound; i++)
            {
                var at = rows[i].ObservedAt.UtcTicks;
                if (fileInstants.Add(at) && !instants.Add((stationId, at)))
                    oneRound = false; // another file of this station has this instant
                for (var j = 0; j < i && oneRound; j++)
                    if (rows[j].ObservedAt.UtcTicks == at && string.Equals(rows[j].ParameterCode, rows[i].ParameterCode, StringComparison.Ordinal))
                        oneRound = false;
            }
            if (!oneRound)
                break;
        }
        if (oneRound)
        {
            var round = new List<ObservationRow>(total);
            foreach (var (file, fileId, stationId) in files)
                foreach (var o in file.Observations)
                    round.Add(new(o, fileId, stationId, file.ReceivedAt));
            return [round];
        }

        var rounds = new List<List<ObservationRow>>();
        var seen = new List<HashSet<(int, string, DateTimeOffset)>>();
        foreach (var (file, fileId, stationId) in files)
            foreach (var o in file.Observations)
            {
                var key = (stationId, o.ParameterCode, o.ObservedAt);
                // The first round after every round that already holds the key.
                var r = seen.Count;
                while (r > 0 && !seen[r - 1].Contains(key))
                    r--;
                if (r == seen.Count)
                {
                    seen.Add([]);
                    rounds.Add([]);
                }
                seen[r].Add(key);
                rounds[r].Add(new(o, fileId, stationId, file.ReceivedAt));
            }
        return rounds;
    }

    /// <summary>The rows of one round, one array per column.</summary>
    sealed class Columns(int n)
    {
        public const string Unnest = """
            unnest(@station::int[], @parameter::text[], @observed_at::timestamptz[], @raw_name::text[], @raw_value::text[],
                   @value::numeric[], @raw_unit::text[], @unit::text[], @status::text[], @flags::int[], @file_id::bigint[],
                   @received_at::timestamptz[])
                AS r(station_id, parameter, observed_at, raw_name, raw_value, value, raw_unit, unit, status, flags, file_id, received_at)
            """;

        public readonly int[] Station = new int[n], Flags = new int[n];
        public readonly string[] Parameter = new string[n], RawName = new string[n], RawValue = new string[n],
            RawUnit = new string[n], Unit = new string[n], Status = new string[n];
        public readonly DateTime[] ObservedAt = new DateTime[n], ReceivedAt = new DateTime[n];
        public readonly decimal?[] Value = new decimal?[n];
        public readonly long[] FileId = new long[n];

        public T Bind<T>(T command) where T : class
        {
            var parameters = command switch
            {
                NpgsqlCommand c => c.Parameters,
                NpgsqlBatchCommand b => b.Parameters,
                _ => throw new ArgumentException(null, nameof(command)),
            };
            parameters.AddWithValue("station", Station);
            parameters.AddWithValue("parameter", Parameter);
            parameters.AddWithValue("observed_at", ObservedAt);
            parameters.AddWithValue("raw_name", RawName);
            parameters.AddWithValue("raw_value", RawValue);
            parameters.Add(new NpgsqlParameter<decimal?[]>("value", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { TypedValue = Value });
            parameters.AddWithValue("raw_unit", RawUnit);
            parameters.AddWithValue("unit", Unit);
            parameters.AddWithValue("status", Status);
            parameters.AddWithValue("flags", Flags);
            parameters.AddWithValue("file_id", FileId);
            parameters.AddWithValue("received_at", ReceivedAt);
            return command;
        }
    }

    async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
