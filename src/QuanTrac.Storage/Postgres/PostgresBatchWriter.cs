using Npgsql;
using NpgsqlTypes;
using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Commits one batch of files in one transaction, set-based: the raw bytes and the file registry with
/// array parameters, the observations through binary COPY into a staging table and three statements
/// (insert new keys, copy replaced versions to history, update them). The per-file decisions (duplicate,
/// re-processed quarantine) are taken in C# in file order, exactly as the SQLite store takes them.
/// </summary>
sealed class PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyDictionary<string, int> stationIds)
{
    sealed record FileState(long Id, bool Accepted);

    public async Task<FileOutcome[]> WriteAsync(IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        await ArchiveAsync(files, ct);
        var known = await KnownFilesAsync(files, ct);
        var outcomes = new FileOutcome[files.Count];
        var accepted = new List<(int Index, long FileId)>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var key = (file.FileName, file.Sha256);
            int? stationId = file.StationPrefix is not null && stationIds.TryGetValue(file.StationPrefix, out var sid) ? sid : null;
            var rejection = file.Rejection ?? (file.StationPrefix is not null && stationId is null
                ? new Reason("UNREGISTERED_STATION", $"Station '{file.StationPrefix}' is not registered.", $"Trạm '{file.StationPrefix}' chưa được đăng ký.")
                : null);
            var outcome = rejection is null ? FileOutcomeKind.Accepted : FileOutcomeKind.Quarantined;
            if (known.TryGetValue(key, out var state) && state.Accepted)
            {
                await ExecuteAsync("UPDATE files SET receipts = receipts + 1, last_received_at = greatest(last_received_at, @at) WHERE id = @id", ct,
                    ("at", file.ReceivedAt.ToUniversalTime()), ("id", state.Id));
                outcomes[i] = new FileOutcome(file.FileName, FileOutcomeKind.Duplicate, 0, 0, 0, null);
                continue;
            }
            long fileId;
            if (state is not null)
            {
                fileId = state.Id;
                await ExecuteAsync("""
                    UPDATE files SET receipts = receipts + 1, last_received_at = @at, station_id = @station, outcome = @outcome,
                           records = @records, warnings = @warnings, reason_code = @code, reason_en = @en, reason_vi = @vi
                    WHERE id = @id
                    """, ct, ("at", file.ReceivedAt.ToUniversalTime()), ("station", stationId), ("outcome", outcome.ToString()), ("records", file.Observations.Count),
                    ("warnings", file.Warnings), ("code", rejection?.Code), ("en", rejection?.English), ("vi", rejection?.Vietnamese), ("id", fileId));
            }
            else
            {
                await using var insert = Command("""
                    INSERT INTO files(name, sha256, size, source_path, station_id, first_received_at, last_received_at, receipts,
                                      outcome, records, warnings, reason_code, reason_en, reason_vi)
                    VALUES(@name, @sha, @size, @path, @station, @at, @at, 1, @outcome, @records, @warnings, @code, @en, @vi)
                    RETURNING id
                    """, ("name", file.FileName), ("sha", file.Sha256), ("size", file.Bytes.LongLength), ("path", file.SourcePath),
                    ("station", stationId), ("at", file.ReceivedAt.ToUniversalTime()), ("outcome", outcome.ToString()), ("records", file.Observations.Count),
                    ("warnings", file.Warnings), ("code", rejection?.Code), ("en", rejection?.English), ("vi", rejection?.Vietnamese));
                fileId = (long)(await insert.ExecuteScalarAsync(ct))!;
            }
            known[key] = new FileState(fileId, outcome == FileOutcomeKind.Accepted);
            if (rejection is not null)
                outcomes[i] = new FileOutcome(file.FileName, FileOutcomeKind.Quarantined, 0, 0, 0, rejection);
            else
                accepted.Add((i, fileId));
        }

        var counts = await new PostgresObservationWriter(connection, tx).WriteAsync(
            accepted.Select(a => (files[a.Index], a.FileId, stationIds[files[a.Index].StationPrefix!])).ToList(), ct);
        foreach (var (index, fileId) in accepted)
        {
            var (inserted, changed, unchanged) = counts.GetValueOrDefault(fileId);
            outcomes[index] = new FileOutcome(files[index].FileName, FileOutcomeKind.Accepted, inserted, changed, unchanged, null);
        }
        return outcomes;
    }

    async Task ArchiveAsync(IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var unique = files.DistinctBy(f => f.Sha256).ToList();
        await ExecuteAsync("""
            INSERT INTO raw_archive(sha256, size, bytes)
            SELECT * FROM unnest(@sha::text[], @size::bigint[], @bytes::bytea[]) ON CONFLICT DO NOTHING
            """, ct, ("sha", unique.Select(f => f.Sha256).ToArray()), ("size", unique.Select(f => f.Bytes.LongLength).ToArray()),
            ("bytes", unique.Select(f => f.Bytes).ToArray()));
    }

    async Task<Dictionary<(string, string), FileState>> KnownFilesAsync(IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var known = new Dictionary<(string, string), FileState>();
        await using var cmd = Command("""
            SELECT f.id, f.name, f.sha256, f.outcome FROM files f
            JOIN unnest(@name::text[], @sha::text[]) k(name, sha256) ON k.name = f.name AND k.sha256 = f.sha256
            """, ("name", files.Select(f => f.FileName).ToArray()), ("sha", files.Select(f => f.Sha256).ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            known[(reader.GetString(1), reader.GetString(2))] = new FileState(reader.GetInt64(0), reader.GetString(3) == nameof(FileOutcomeKind.Accepted));
        return known;
    }

    NpgsqlCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(sql, parameters);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
