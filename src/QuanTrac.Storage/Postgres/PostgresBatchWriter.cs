using System.Runtime.InteropServices;
using Npgsql;
using NpgsqlTypes;
using QuanTrac.Domain.Observations;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Commits one batch of files in one transaction, set-based: the raw bytes in packs and the file registry with
/// array parameters, the observations through binary COPY (see <see cref="PostgresObservationWriter"/>). New files are
/// archived and registered in file order; (name, sha256) pairs that exist already are found when that insert conflicts
/// (<see cref="ArchiveAndRegisterAsync"/>). The per-file decisions (duplicate, re-processed quarantine) are taken in C#
/// in file order, exactly as the SQLite store takes them.
/// </summary>
sealed class PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyDictionary<string, int> stationIds, bool lookUpFirst)
{
    /// <summary>
    /// True when the batch held files registered before (resends, re-processed quarantine): the store then looks up
    /// before inserting for its next batches instead of trying the insert first.
    /// </summary>
    public bool MetKnownFiles { get; private set; }

    // New: registered by this batch (a later copy in the batch is a receipt, never a re-processing).
    sealed class FileState(long id, bool accepted, bool isNew)
    {
        public long Id { get; } = id;
        public bool Accepted { get; set; } = accepted;
        public bool New { get; } = isNew;
    }

    readonly record struct Decision(int? StationId, FileOutcomeKind Outcome, Reason? Rejection);

    /// <summary>
    /// A registry key, compared ordinally. Not a (string, string) tuple: its equality and hash go through the runtime's
    /// shared-generic lookups, measured at ≈ 5 % of a backlog's client CPU (bench/README.md, "Fifth round").
    /// </summary>
    readonly record struct FileKey(string Name, string Sha256)
    {
        public bool Equals(FileKey other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Sha256, other.Sha256, StringComparison.Ordinal);

        // The hash is the hex of a uniform digest: its first 16 characters spread keys as well as hashing all 100 would.
        public override int GetHashCode()
        {
            if (Sha256.Length < 16)
                return HashCode.Combine(Sha256.GetHashCode(StringComparison.Ordinal), Name.Length);
            var head = MemoryMarshal.Cast<char, long>(Sha256.AsSpan(0, 16));
            return HashCode.Combine(head[0], head[1], head[2], head[3], Name.Length);
        }
    }

    static FileKey Key(IncomingFile file) => new(file.FileName, file.Sha256);

    public async Task<FileOutcome[]> WriteAsync(IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        var decisions = new Decision[files.Count];
        var firsts = new List<int>();
        var firstSeen = new HashSet<FileKey>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            int? stationId = file.StationPrefix is not null && stationIds.TryGetValue(file.StationPrefix, out var sid) ? sid : null;
            var rejection = file.Rejection ?? (file.StationPrefix is not null && stationId is null
                ? new Reason("UNREGISTERED_STATION", $"Station '{file.StationPrefix}' is not registered.", $"Trạm '{file.StationPrefix}' chưa được đăng ký.")
                : null);
            decisions[i] = new Decision(stationId, rejection is null ? FileOutcomeKind.Accepted : FileOutcomeKind.Quarantined, rejection);
            if (firstSeen.Add(Key(file)))
                firsts.Add(i);
        }
        var known = await ArchiveAndRegisterAsync(files, decisions, firsts, ct);
        if (known.Count < firsts.Count)
            await LookUpAsync(files, firsts.Where(i => !known.ContainsKey(Key(files[i]))).ToList(), known, ct);

        var outcomes = new FileOutcome[files.Count];
        var accepted = new List<(int Index, FileState State)>();
        var receipts = new List<(FileState State, DateTimeOffset At)>();
        var registered = new HashSet<FileKey>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var (stationId, outcome, rejection) = decisions[i];
            var state = known[Key(file)];
            if (state.New && registered.Add(Key(file)))
            {
                // Registered by this batch's insert, as this very file.
            }
            else if (state.Accepted)
            {
                receipts.Add((state, file.ReceivedAt));
                outcomes[i] = new FileOutcome(file.FileName, FileOutcomeKind.Duplicate, 0, 0, 0, null);
                continue;
            }
            else if (state.New)
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
        await AddReceiptsAsync(receipts, ct);

        var counts = await new PostgresObservationWriter(connection, tx).WriteAsync(
            accepted.Select(a => new AcceptedFile(files[a.Index], a.State.Id, stationIds[files[a.Index].StationPrefix!])).ToList(), ct);
        foreach (var (index, state) in accepted)
        {
            var (inserted, changed, unchanged) = counts.GetValueOrDefault(state.Id);
            outcomes[index] = new FileOutcome(files[index].FileName, FileOutcomeKind.Accepted, inserted, changed, unchanged, null);
        }
        return outcomes;
    }

    /// <summary>Largest pack of raw bytes (a batch of big files makes several); far below bytea's 1 GB.</summary>
    internal const int MaxPackBytes = 32 * 1024 * 1024;

    /// <summary>
    /// Archives and registers the batch's files in file order: one pack with their bytes (each distinct content once)
    /// and their registry entries pointing into it, one statement per pack; returns every entry, new ones marked so.
    /// A backlog or a live inbox brings new files, so the plain insert is tried first, inside a savepoint: a speculative
    /// insert (ON CONFLICT) and a look-up before it cost the server about twice as much per file (bench/README.md, "Fifth
    /// round"). When a file is registered already (a resend, a re-processed quarantine, another node) the insert fails
    /// on the unique key, is undone, and the careful way is taken: look the files up, insert the others with ON CONFLICT.
    /// </summary>
    async Task<Dictionary<FileKey, FileState>> ArchiveAndRegisterAsync(
        IReadOnlyList<IncomingFile> files, Decision[] decisions, List<int> firsts, CancellationToken ct)
    {
        var known = new Dictionary<FileKey, FileState>(firsts.Count);
        if (!lookUpFirst)
        {
            try
            {
                await using var register = new NpgsqlBatch(connection, tx);
                register.BatchCommands.Add(new NpgsqlBatchCommand("SAVEPOINT files_new"));
                foreach (var pack in Packs(files, firsts))
                    register.BatchCommands.Add(RegisterCommand(files, decisions, pack, careful: false));
                register.BatchCommands.Add(new NpgsqlBatchCommand("RELEASE SAVEPOINT files_new"));
                // Every file was inserted, in file order, each taking the next value of the identity: the ids in
                // ascending order are the files' in file order (no names and hashes to read back).
                var ids = new List<long>(firsts.Count);
                await using (var reader = await register.ExecuteReaderAsync(ct))
                    do
                    {
                        while (await reader.ReadAsync(ct))
                            ids.Add(reader.GetInt64(0));
                    }
                    while (await reader.NextResultAsync(ct));
                if (ids.Count != firsts.Count)
                    throw new InvalidOperationException($"{firsts.Count} files inserted, {ids.Count} ids returned.");
                ids.Sort();
                for (var k = 0; k < firsts.Count; k++)
                    known[Key(files[firsts[k]])] = new FileState(ids[k], decisions[firsts[k]].Outcome == FileOutcomeKind.Accepted, isNew: true);
                return known;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                await tx.RollbackAsync("files_new", ct);
                known.Clear();
            }
        }
        await LookUpAsync(files, firsts, known, ct);
        // Known files met: found now, or (when the insert was tried first) the reason it failed.
        MetKnownFiles = known.Count > 0 || !lookUpFirst;
        var fresh = firsts.Where(i => !known.ContainsKey(Key(files[i]))).ToList();
        if (fresh.Count == 0)
            return known;
        await using (var register = new NpgsqlBatch(connection, tx))
        {
            foreach (var pack in Packs(files, fresh))
                register.BatchCommands.Add(RegisterCommand(files, decisions, pack, careful: true));
            await ReadStatesAsync(register, known, isNew: true, ct);
        }
        return known;
    }

    /// <summary>Consecutive runs of files whose distinct contents fit in one pack, with each file's offset in it.</summary>
    static IEnumerable<(List<int> Indexes, int[] Offsets, byte[] Bytes)> Packs(IReadOnlyList<IncomingFile> files, List<int> fresh)
    {
        for (var from = 0; from < fresh.Count;)
        {
            var at = new Dictionary<string, int>(StringComparer.Ordinal);
            var contents = new List<(byte[] Bytes, int Offset)>();
            var indexes = new List<int>();
            var offsets = new List<int>();
            var length = 0L;
            for (; from < fresh.Count; from++)
            {
                var file = files[fresh[from]];
                if (!at.TryGetValue(file.Sha256, out var offset))
                {
                    if (indexes.Count > 0 && length + file.Bytes.Length > MaxPackBytes)
                        break;
                    at[file.Sha256] = offset = checked((int)length);
                    contents.Add((file.Bytes, offset));
                    length += file.Bytes.Length;
                }
                indexes.Add(fresh[from]);
                offsets.Add(offset);
            }
            var bytes = new byte[length];
            foreach (var (content, offset) in contents)
                content.CopyTo(bytes, offset);
            yield return (indexes, [.. offsets], bytes);
        }
    }

    /// <summary>The insert of one pack and its entries; careful: skips entries registered already and returns their keys.</summary>
    NpgsqlBatchCommand RegisterCommand(IReadOnlyList<IncomingFile> files, Decision[] decisions, (List<int> Indexes, int[] Offsets, byte[] Bytes) pack,
        bool careful)
    {
        var ix = pack.Indexes;
        IncomingFile F(int i) => files[i];
        // Rows inserted in file order (ORDER BY ord), so their ids are too: the registry lists by id.
        return BatchCommand($"""
            WITH pack AS (INSERT INTO raw_packs(bytes) VALUES (@pack) RETURNING id)
            INSERT INTO files(name, sha256, size, source_path, station_id, first_received_at, last_received_at, receipts,
                              outcome, records, warnings, reason_code, reason_en, reason_vi, pack_id, pack_offset)
            SELECT name, sha, size, path, station, at, at, 1, outcome, records, warnings, code, en, vi, (SELECT id FROM pack), off
            FROM unnest(@name::text[], @sha::text[], @size::bigint[], @path::text[], @station::int[], @at::timestamptz[],
                        @outcome::text[], @records::int[], @warnings::int[], @code::text[], @en::text[], @vi::text[], @off::int[])
                 WITH ORDINALITY AS n(name, sha, size, path, station, at, outcome, records, warnings, code, en, vi, off, ord)
            ORDER BY ord
            {(careful ? "ON CONFLICT (name, sha256) DO NOTHING RETURNING id, name, sha256, outcome" : "RETURNING id")}
            """,
            ("pack", pack.Bytes),
            ("name", ix.Select(i => F(i).FileName).ToArray()), ("sha", ix.Select(i => F(i).Sha256).ToArray()),
            ("size", ix.Select(i => F(i).Bytes.LongLength).ToArray()), ("path", ix.Select(i => F(i).SourcePath).ToArray()),
            ("station", ix.Select(i => decisions[i].StationId).ToArray()), ("at", ix.Select(i => F(i).ReceivedAt.ToUniversalTime()).ToArray()),
            ("outcome", ix.Select(i => decisions[i].Outcome.ToString()).ToArray()), ("records", ix.Select(i => F(i).Observations.Count).ToArray()),
            ("warnings", ix.Select(i => F(i).Warnings).ToArray()), ("code", ix.Select(i => decisions[i].Rejection?.Code).ToArray()),
            ("en", ix.Select(i => decisions[i].Rejection?.English).ToArray()), ("vi", ix.Select(i => decisions[i].Rejection?.Vietnamese).ToArray()),
            ("off", pack.Offsets));
    }

    // One probe of the unique index per file (OFFSET 0 keeps the subquery a parameterised scan): a hash join would read
    // the whole registry for every batch.
    const string LookUpSql = """
        SELECT f.id, f.name, f.sha256, f.outcome FROM unnest(@name::text[], @sha::text[]) k(name, sha256)
        CROSS JOIN LATERAL (SELECT id, name, sha256, outcome FROM files WHERE name = k.name AND sha256 = k.sha256 OFFSET 0) f
        """;

    static async Task ReadStatesAsync(NpgsqlBatch batch, Dictionary<FileKey, FileState> known, bool isNew, CancellationToken ct)
    {
        await using var reader = await batch.ExecuteReaderAsync(ct);
        do
        {
            while (await reader.ReadAsync(ct))
                known[new FileKey(reader.GetString(1), reader.GetString(2))] = new FileState(reader.GetInt64(0), reader.GetString(3) == nameof(FileOutcomeKind.Accepted), isNew);
        }
        while (await reader.NextResultAsync(ct));
    }

    /// <summary>
    /// The registry entries of these files that exist, one index probe each: before the careful insert, and after it
    /// for entries another node registered in between (same file in two inboxes: rare).
    /// </summary>
    async Task LookUpAsync(IReadOnlyList<IncomingFile> files, List<int> indexes, Dictionary<FileKey, FileState> known, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, tx);
        batch.BatchCommands.Add(BatchCommand(LookUpSql, ("name", indexes.Select(i => files[i].FileName).ToArray()),
            ("sha", indexes.Select(i => files[i].Sha256).ToArray())));
        await ReadStatesAsync(batch, known, isNew: false, ct);
    }

    /// <summary>One statement for the repeat receipts (identical resends) of the batch.</summary>
    async Task AddReceiptsAsync(List<(FileState State, DateTimeOffset At)> receipts, CancellationToken ct)
    {
        if (receipts.Count == 0)
            return;
        var perFile = receipts.GroupBy(r => r.State.Id).Select(g => (Id: g.Key, Count: g.Count(), At: g.Max(r => r.At).ToUniversalTime())).ToList();
        await ExecuteAsync("""
            UPDATE files SET receipts = files.receipts + d.n, last_received_at = greatest(files.last_received_at, d.at)
            FROM unnest(@id::bigint[], @n::int[], @at::timestamptz[]) AS d(id, n, at)
            WHERE files.id = d.id
            """, ct, ("id", perFile.Select(p => p.Id).ToArray()), ("n", perFile.Select(p => p.Count).ToArray()), ("at", perFile.Select(p => p.At).ToArray()));
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
