using System.Globalization;
using Microsoft.Data.Sqlite;
using QuanTrac.Domain.Observations;

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
    readonly SqliteCommand _archive, _findFile, _touchFile, _insertFile, _updateFile, _insertObs, _findObs, _toHistory, _replaceObs;

    public SqliteBatchWriter(SqliteConnection connection, Func<string, long?> stationId)
    {
        _connection = connection;
        _stationId = stationId;
        _tx = connection.BeginTransaction();
        _archive = Prepare("INSERT INTO raw_archive(sha256, size, bytes) VALUES($sha, $size, $bytes) ON CONFLICT DO NOTHING",
            "$sha", "$size", "$bytes");
        _findFile = Prepare("SELECT id, outcome FROM files WHERE name = $name AND sha256 = $sha", "$name", "$sha");
        _touchFile = Prepare("UPDATE files SET receipts = receipts + 1, last_received_at = $at WHERE id = $id", "$at", "$id");
        _insertFile = Prepare("""
            INSERT INTO files(name, sha256, size, source_path, station_id, first_received_at, last_received_at, receipts,
                              outcome, records, warnings, reason_code, reason_en, reason_vi)
            VALUES($name, $sha, $size, $path, $station, $at, $at, 1, $outcome, $records, $warnings, $code, $en, $vi)
            RETURNING id
            """, "$name", "$sha", "$size", "$path", "$station", "$at", "$outcome", "$records", "$warnings", "$code", "$en", "$vi");
        _updateFile = Prepare("""
            UPDATE files SET receipts = receipts + 1, last_received_at = $at, station_id = $station, outcome = $outcome,
                   records = $records, warnings = $warnings, reason_code = $code, reason_en = $en, reason_vi = $vi
            WHERE id = $id
            """, "$at", "$station", "$outcome", "$records", "$warnings", "$code", "$en", "$vi", "$id");
        _insertObs = Prepare("""
            INSERT INTO observations(station_id, parameter, observed_at, version, raw_name, raw_value, value, raw_unit, unit,
                                     status, flags, file_id, received_at)
            VALUES($s, $p, $t, 1, $rn, $rv, $v, $ru, $u, $st, $f, $file, $at)
            ON CONFLICT DO NOTHING
            """, "$s", "$p", "$t", "$rn", "$rv", "$v", "$ru", "$u", "$st", "$f", "$file", "$at");
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
        Bind(_archive, file.Sha256, file.Bytes.LongLength, file.Bytes).ExecuteNonQuery();
        var stationId = file.StationPrefix is null ? null : _stationId(file.StationPrefix);
        var rejection = file.Rejection ?? (file.StationPrefix is not null && stationId is null
            ? new Reason("UNREGISTERED_STATION", $"Station '{file.StationPrefix}' is not registered.", $"Trạm '{file.StationPrefix}' chưa được đăng ký.")
            : null);
        var outcome = rejection is null ? FileOutcomeKind.Accepted : FileOutcomeKind.Quarantined;
        var at = file.ReceivedAt.ToUnixTimeMilliseconds();

        long fileId;
        using (var reader = Bind(_findFile, file.FileName, file.Sha256).ExecuteReader())
        {
            if (reader.Read())
            {
                fileId = reader.GetInt64(0);
                var previous = Enum.Parse<FileOutcomeKind>(reader.GetString(1));
                reader.Close();
                if (previous == FileOutcomeKind.Accepted)
                {
                    Bind(_touchFile, at, fileId).ExecuteNonQuery();
                    return new FileOutcome(file.FileName, FileOutcomeKind.Duplicate, 0, 0, 0, null);
                }
                // Received before but quarantined: try again, the station may have been registered since.
                Bind(_updateFile, at, stationId, outcome.ToString(), file.Observations.Count, file.Warnings,
                    rejection?.Code, rejection?.English, rejection?.Vietnamese, fileId).ExecuteNonQuery();
            }
            else
            {
                reader.Close();
                fileId = (long)Bind(_insertFile, file.FileName, file.Sha256, file.Bytes.LongLength, file.SourcePath, stationId, at,
                    outcome.ToString(), file.Observations.Count, file.Warnings, rejection?.Code, rejection?.English, rejection?.Vietnamese)
                    .ExecuteScalar()!;
            }
        }
        if (rejection is not null)
            return new FileOutcome(file.FileName, FileOutcomeKind.Quarantined, 0, 0, 0, rejection);

        int inserted = 0, changed = 0, unchanged = 0;
        foreach (var o in file.Observations)
        {
            var t = o.ObservedAt.ToUnixTimeSeconds();
            var value = o.Value?.ToString(CultureInfo.InvariantCulture);
            if (Bind(_insertObs, stationId, o.ParameterCode, t, o.RawName, o.RawValue, value, o.RawUnit, o.Unit, o.Status,
                    (int)o.Flags, fileId, at).ExecuteNonQuery() == 1)
            {
                inserted++;
                continue;
            }
            if (SameAsStored(stationId!.Value, o, t))
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

    bool SameAsStored(long stationId, Observation o, long t)
    {
        using var reader = Bind(_findObs, stationId, o.ParameterCode, t).ExecuteReader();
        reader.Read();
        decimal? stored = reader.IsDBNull(0) ? null : decimal.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
        return stored == o.Value
            && string.Equals(reader.GetString(1), o.Status, StringComparison.Ordinal)
            && (o.Value is not null || string.Equals(reader.GetString(2), o.RawValue, StringComparison.Ordinal));
    }

    public void Commit() => _tx.Commit();

    public void Dispose()
    {
        foreach (var cmd in new[] { _archive, _findFile, _touchFile, _insertFile, _updateFile, _insertObs, _findObs, _toHistory, _replaceObs })
            cmd.Dispose();
        _tx.Dispose();
    }
}
