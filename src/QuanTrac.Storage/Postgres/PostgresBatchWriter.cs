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
    // Id is null for a file inserted by this batch until the bulk insert has returned its id.
    sealed class FileState(long? id, bool accepted)
    {
        public long? Id { get; set; } = id;
        public bool Accepted { get; set; } = accepted;
    }

    sealed record NewFile(int Index, int? StationId, FileOutcomeKind Outcome, Reason? Rejection, FileState State);

    public async Task<FileOutcome[]> WriteAsync(IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var known = await ArchiveAndLookUpAsync(files, ct);
        var outcomes = new FileOutcome[files.Count];
        var accepted = new List<(int Index, FileState State)>();
        var newFiles = new List<NewFile>();
        var receipts = new List<(FileState State, DateTimeOffset At)>();
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
                receipts.Add((state, file.ReceivedAt));
                outcomes[i] = new FileOutcome(file.FileName, FileOutcomeKind.Duplicate, 0, 0, 0, null);
                continue;
            }
            if (state is null)
            {
                state = new FileState(null, outcome == FileOutcomeKind.Accepted);
                known[key] = state;
                newFiles.Add(new NewFile(i, stationId, outcome, rejection, state));
            }
            else if (state.Id is null)
            {
                receipts.Add((state, file.ReceivedAt)); // quarantined twice in one batch: one more receipt
            }
            else
            {
                // Received before but quarantined: try again, the station may have been registered since. Rare: one statement.
                await ExecuteAsync("""
                    UPDATE files SET receipts = receipts + 1, last_received_at = @at, station_id = @station, outcome = @outcome,
                           records = @records, warnings = @warnings, reason_code = @code, reason_en = @en, reason_vi = @vi
                    WHERE id = @id
                    """, ct, ("at", file.ReceivedAt.ToUniversalTime()), ("station", stationId), ("outcome", outcome.ToString()),
                    ("records", file.Observations.Count), ("warnings", file.Warnings), ("code", rejection?.Code), ("en", rejection?.English),
                    ("vi", rejection?.Vietnamese), ("id", state.Id));
                state.Accepted = outcome == FileOutcomeKind.Accepted;
            }
            if (rejection is not null)
                outcomes[i] = new FileOutcome(file.FileName, FileOutcomeKind.Quarantined, 0, 0, 0, rejection);
            else
                accepted.Add((i, state));
        }
        await InsertNewFilesAsync(files, newFiles, ct);
        await AddReceiptsAsync(receipts, ct);

        var counts = await new PostgresObservationWriter(connection, tx).WriteAsync(
            accepted.Select(a => (files[a.Index], a.State.Id!.Value, stationIds[files[a.Index].StationPrefix!])).ToList(), ct);
        foreach (var (index, state) in accepted)
        {
            var (inserted, changed, unchanged) = counts.GetValueOrDefault(state.Id!.Value);
            outcomes[index] = new FileOutcome(files[index].FileName, FileOutcomeKind.Accepted, inserted, changed, unchanged, null);
        }
        return outcomes;
    }

    /// <summary>One statement for all new registry entries; their ids come back in input order.</summary>
    async Task InsertNewFilesAsync(IReadOnlyList<IncomingFile> files, List<NewFile> newFiles, CancellationToken ct)
    {
        if (newFiles.Count == 0)
            return;
        IncomingFile F(NewFile n) => files[n.Index];
        await using var insert = Command("""
            INSERT INTO files(name, sha256, size, source_path, station_id, first_received_at, last_received_at, receipts,
                              outcome, records, warnings, reason_code, reason_en, reason_vi)
            SELECT name, sha, size, path, station, at, at, 1, outcome, records, warnings, code, en, vi
            FROM unnest(@name::text[], @sha::text[], @size::bigint[], @path::text[], @station::int[], @at::timestamptz[],
                        @outcome::text[], @records::int[], @warnings::int[], @code::text[], @en::text[], @vi::text[])
                 WITH ORDINALITY AS n(name, sha, size, path, station, at, outcome, records, warnings, code, en, vi, ord)
            ORDER BY ord
            RETURNING id
            """,
            ("name", newFiles.Select(n => F(n).FileName).ToArray()), ("sha", newFiles.Select(n => F(n).Sha256).ToArray()),
            ("size", newFiles.Select(n => F(n).Bytes.LongLength).ToArray()), ("path", newFiles.Select(n => F(n).SourcePath).ToArray()),
            ("station", newFiles.Select(n => n.StationId).ToArray()), ("at", newFiles.Select(n => F(n).ReceivedAt.ToUniversalTime()).ToArray()),
            ("outcome", newFiles.Select(n => n.Outcome.ToString()).ToArray()), ("records", newFiles.Select(n => F(n).Observations.Count).ToArray()),
            ("warnings", newFiles.Select(n => F(n).Warnings).ToArray()), ("code", newFiles.Select(n => n.Rejection?.Code).ToArray()),
            ("en", newFiles.Select(n => n.Rejection?.English).ToArray()), ("vi", newFiles.Select(n => n.Rejection?.Vietnamese).ToArray()));
        await using var reader = await insert.ExecuteReaderAsync(ct);
        var i = 0;
        while (await reader.ReadAsync(ct))
            newFiles[i++].State.Id = reader.GetInt64(0);
    }

    /// <summary>One statement for the repeat receipts (identical resends) of the batch.</summary>
    async Task AddReceiptsAsync(List<(FileState State, DateTimeOffset At)> receipts, CancellationToken ct)
    {
        if (receipts.Count == 0)
            return;
        var perFile = receipts.GroupBy(r => r.State.Id!.Value).Select(g => (Id: g.Key, Count: g.Count(), At: g.Max(r => r.At).ToUniversalTime())).ToList();
        await ExecuteAsync("""
            UPDATE files SET receipts = files.receipts + d.n, last_received_at = greatest(files.last_received_at, d.at)
            FROM unnest(@id::bigint[], @n::int[], @at::timestamptz[]) AS d(id, n, at)
            WHERE files.id = d.id
            """, ct, ("id", perFile.Select(p => p.Id).ToArray()), ("n", perFile.Select(p => p.Count).ToArray()), ("at", perFile.Select(p => p.At).ToArray()));
    }

    /// <summary>
    /// One round trip: the staging table of the observations (once per session), the raw bytes, and the registry
    /// entries that already exist for the batch's (name, sha256) pairs.
    /// </summary>
    async Task<Dictionary<(string, string), FileState>> ArchiveAndLookUpAsync(IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var unique = files.DistinctBy(f => f.Sha256).ToList();
        await using var batch = new NpgsqlBatch(connection, tx);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(PostgresObservationWriter.CreateStage));
        batch.BatchCommands.Add(BatchCommand("""
            INSERT INTO raw_archive(sha256, size, bytes)
            SELECT * FROM unnest(@sha::text[], @size::bigint[], @bytes::bytea[]) ON CONFLICT DO NOTHING
            """, ("sha", unique.Select(f => f.Sha256).ToArray()), ("size", unique.Select(f => f.Bytes.LongLength).ToArray()),
            ("bytes", unique.Select(f => f.Bytes).ToArray())));
        batch.BatchCommands.Add(BatchCommand("""
            SELECT f.id, f.name, f.sha256, f.outcome FROM files f
            JOIN unnest(@name::text[], @sha::text[]) k(name, sha256) ON k.name = f.name AND k.sha256 = f.sha256
            """, ("name", files.Select(f => f.FileName).ToArray()), ("sha", files.Select(f => f.Sha256).ToArray())));
        var known = new Dictionary<(string, string), FileState>();
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            known[(reader.GetString(1), reader.GetString(2))] = new FileState(reader.GetInt64(0), reader.GetString(3) == nameof(FileOutcomeKind.Accepted));
        return known;
    }

    static NpgsqlBatchCommand BatchCommand(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
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
