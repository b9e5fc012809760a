using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using QuanTrac.Domain.Observations;
using SQLitePCL;

namespace QuanTrac.Storage.Sqlite;

/// <summary>
/// Commits one batch of files inside one transaction with prepared statements. The common case, a key seen
/// for the first time, costs one INSERT; only a conflicting key pays for the comparison and the history copy.
/// </summary>
sealed class SqliteBatchWriter : IDisposable
{
    readonly SqliteConnection _connection;
    readonly SqliteTransaction _tx;
    readonly Func<string, long?> _stationId;
    readonly Dictionary<(long Station, string Parameter), long> _newest = [];
    // Hot path (every file, every value): raw statements. Rare path (resends, re-processing): ADO.NET commands.
    readonly RawStatement _archive, _upsertFile, _insertObs;
    readonly SqliteCommand _updateFile, _findObs, _toHistory, _replaceObs;

    public SqliteBatchWriter(SqliteConnection connection, Func<string, long?> stationId)
    {
        _connection = connection;
        _stationId = stationId;
        _tx = connection.BeginTransaction();
        var db = connection.Handle!;
        _archive = new RawStatement(db, "INSERT INTO raw_archive(sha256, size, bytes) VALUES(?1, ?2, ?3) ON CONFLICT DO NOTHING");
        // One statement finds or registers the file: receipts = 1 means it is new, otherwise outcome is the earlier one.
        _upsertFile = new RawStatement(db, """
            INSERT INTO files(name, sha256, size, source_path, station_id, first_received_at, last_received_at, receipts,
                              outcome, records, warnings, reason_code, reason_en, reason_vi)
            VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6, 1, ?7, ?8, ?9, ?10, ?11, ?12)
            ON CONFLICT(name, sha256) DO UPDATE SET receipts = receipts + 1, last_received_at = excluded.last_received_at
            RETURNING id, receipts, outcome
            """);
        _insertObs = new RawStatement(db, """
            INSERT INTO observations(station_id, parameter, observed_at, version, raw_name, raw_value, value, raw_unit, unit,
                                     status, flags, file_id, received_at)
            VALUES(?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            ON CONFLICT DO NOTHING
            """);
        _updateFile = Prepare("""
            UPDATE files SET last_received_at = $at, station_id = $station, outcome = $outcome,
                   records = $records, warnings = $warnings, reason_code = $code, reason_en = $en, reason_vi = $vi
            WHERE id = $id
            """, "$at", "$station", "$outcome", "$records", "$warnings", "$code", "$en", "$vi", "$id");
        _findObs = Prepare("SELECT value, status, raw_value FROM observations WHERE station_id = $s AND parameter = $p AND observed_at = $t",
            "$s", "$p", "$t");
        _toHistory = Prepare("INSERT INTO observation_history SELECT * FROM observations WHERE station_id = $s AND parameter = $p AND observed_at = $t",
            "$s", "$p", "$t");
        _replaceObs = Prepare("""
            UPDATE observations SET version = version + 1, raw_name = $rn, raw_value = $rv, value = $v, raw_unit = $ru, unit = $u,
                   status = $st, flags = $f, file_id = $file, received_at = $at
            WHERE station_id = $s AND parameter = $p AND observed_at = $t
            """, "$s", "$p", "$t", "$rn", "$rv", "$v", "$ru", "$u", "$st", "$f", "$file", "$at");
    }

    SqliteCommand Prepare(string sql, params string[] names)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = _tx;
        cmd.CommandText = sql;
        foreach (var n in names)
            cmd.Parameters.Add(new SqliteParameter { ParameterName = n });
        cmd.Prepare();
        return cmd;
    }

    static SqliteCommand Bind(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd;
    }

    public FileOutcome Write(IncomingFile file)
    {
        _archive.Bind(1, file.Sha256).Bind(2, file.Bytes.LongLength).Bind(3, file.Bytes).Execute();
        var stationId = file.StationPrefix is null ? null : _stationId(file.StationPrefix);
        var rejection = file.Rejection ?? (file.StationPrefix is not null && stationId is null
            ? new Reason("UNREGISTERED_STATION", $"Station '{file.StationPrefix}' is not registered.", $"Trạm '{file.StationPrefix}' chưa được đăng ký.")
            : null);
        var outcome = rejection is null ? FileOutcomeKind.Accepted : FileOutcomeKind.Quarantined;
        var at = file.ReceivedAt.ToUnixTimeMilliseconds();

        var (fileId, receipts, previous) = _upsertFile
            .Bind(1, file.FileName).Bind(2, file.Sha256).Bind(3, file.Bytes.LongLength).Bind(4, file.SourcePath)
            .Bind(5, stationId).Bind(6, at)
            .Bind(7, outcome.ToString()).Bind(8, file.Observations.Count).Bind(9, file.Warnings)
            .Bind(10, rejection?.Code).Bind(11, rejection?.English).Bind(12, rejection?.Vietnamese)
            .Single(r => (raw.sqlite3_column_int64(r, 0), raw.sqlite3_column_int64(r, 1), raw.sqlite3_column_text(r, 2).utf8_to_string()));
        if (receipts > 1)
        {
            if (previous == nameof(FileOutcomeKind.Accepted))
                return new FileOutcome(file.FileName, FileOutcomeKind.Duplicate, 0, 0, 0, null);
            // Received before but quarantined: try again, the station may have been registered since.
            Bind(_updateFile, at, stationId, outcome.ToString(), file.Observations.Count, file.Warnings,
                rejection?.Code, rejection?.English, rejection?.Vietnamese, fileId).ExecuteNonQuery();
        }
        if (rejection is not null)
            return new FileOutcome(file.FileName, FileOutcomeKind.Quarantined, 0, 0, 0, rejection);

        int inserted = 0, changed = 0, unchanged = 0;
        foreach (var o in file.Observations)
        {
            var t = o.ObservedAt.ToUnixTimeSeconds();
            var value = o.Value?.ToString(CultureInfo.InvariantCulture);
            ref var newest = ref CollectionsMarshal.GetValueRefOrAddDefault(_newest, (stationId!.Value, o.ParameterCode), out _);
            newest = Math.Max(newest, t);
            if (_insertObs.Bind(1, stationId!.Value).Bind(2, o.ParameterCode).Bind(3, t).Bind(4, Unless(o.RawName, o.ParameterCode)).Bind(5, o.RawValue)
                    .Bind(6, value).Bind(7, Unless(o.RawUnit, o.Unit)).Bind(8, o.Unit).Bind(9, o.Status).Bind(10, (long)o.Flags)
                    .Bind(11, fileId).Bind(12, at).Execute() == 1)
            {
                inserted++;
                continue;
            }
            if (SameAsStored(stationId.Value, o, t))
            {
                unchanged++;
                continue;
            }
            Bind(_toHistory, stationId, o.ParameterCode, t).ExecuteNonQuery();
            Bind(_replaceObs, stationId, o.ParameterCode, t, o.RawName, o.RawValue, value, o.RawUnit, o.Unit, o.Status,
                (int)(o.Flags | ObservationFlags.ResentChanged), fileId, at).ExecuteNonQuery();
            changed++;
        }
        return new FileOutcome(file.FileName, FileOutcomeKind.Accepted, inserted, changed, unchanged, null);
    }

    /// <summary>Null when the raw text equals the canonical one (the reader puts it back with coalesce).</summary>
    static string? Unless(string raw, string canonical) => string.Equals(raw, canonical, StringComparison.Ordinal) ? null : raw;

    bool SameAsStored(long stationId, Observation o, long t)
    {
        using var reader = Bind(_findObs, stationId, o.ParameterCode, t).ExecuteReader();
        reader.Read();
        decimal? stored = reader.IsDBNull(0) ? null : decimal.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
        return o.SameReading(stored, reader.GetString(1), reader.GetString(2));
    }

    public void Commit()
    {
        // One upsert per station and parameter of the batch, not per value.
        using (var latest = new RawStatement(_connection.Handle!, """
            INSERT INTO latest(station_id, parameter, observed_at) VALUES(?1, ?2, ?3)
            ON CONFLICT DO UPDATE SET observed_at = excluded.observed_at WHERE excluded.observed_at > latest.observed_at
            """))
            foreach (var ((station, parameter), t) in _newest)
                latest.Bind(1, station).Bind(2, parameter).Bind(3, t).Execute();
        _tx.Commit();
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _archive, _upsertFile, _insertObs })
            statement.Dispose();
        foreach (var cmd in new[] { _updateFile, _findObs, _toHistory, _replaceObs })
            cmd.Dispose();
        _tx.Dispose();
    }
}
