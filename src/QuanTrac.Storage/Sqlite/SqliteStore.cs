using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage.Common;
using QuanTrac.Storage.Quality;
using QuanTrac.Storage.Relay;

namespace QuanTrac.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. One writer at a time (SQLite's own rule), made explicit
/// with a lock so writers queue instead of failing with "database is locked"; readers run beside it.
/// </summary>
public sealed partial class SqliteStore : IQuanTracStore, IRelayOutbox, IQcFlagStore
{
    readonly string _connectionString;
    readonly SemaphoreSlim _writeLock = new(1, 1);
    readonly SqliteConnection _writer;
    readonly ConcurrentDictionary<string, long> _stationIds = new(StringComparer.Ordinal);

    /// <summary>Opens (creating if needed) the database file <c>quantrac.db</c> in <paramref name="dataDirectory"/>.</summary>
    public static SqliteStore OpenDirectory(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return new SqliteStore(Path.Combine(dataDirectory, "quantrac.db"));
    }

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/>.</summary>
    public SqliteStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 60 }.ToString();
        _writer = Open();
        // WAL: readers never block the writer; NORMAL sync is durable against process crashes (not power loss
        // of the last transactions), which is what a killed ingest needs.
        // A checkpoint every ~40 MB of WAL instead of SQLite's 4 MB: checkpoints cost an fsync each, and a
        // backlog flood would otherwise spend a tenth of its time in them (bench/README.md).
        Execute(_writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-262144; PRAGMA mmap_size=1073741824; PRAGMA wal_autocheckpoint=10000;");
    }

    SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        Execute(c, "PRAGMA busy_timeout=60000;");
        return c;
    }

    static void Execute(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try { return SqliteSchema.Migrate(_writer); }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Station>> GetStationsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await StationRows.ReadAsync(c, null, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Station?> GetStationAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return (await StationRows.ReadAsync(c, prefix, cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc/>
    public async Task SaveStationAsync(Station station, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var tx = await _writer.BeginTransactionAsync(cancellationToken);
            _stationIds[station.Prefix] = await StationRows.SaveAsync(_writer, tx, station, cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        finally { _writeLock.Release(); }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FileOutcome>> CommitAsync(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var outcomes = new FileOutcome[files.Count];
            using var batch = new SqliteBatchWriter(_writer, StationId);
            for (var i = 0; i < files.Count; i++)
                outcomes[i] = batch.Write(files[i]);
            batch.Commit();
            return outcomes;
        }
        finally { _writeLock.Release(); }
    }

    long? StationId(string prefix)
    {
        if (_stationIds.TryGetValue(prefix, out var id))
            return id;
        var found = _writer.ExecuteScalar<long?>("SELECT id FROM stations WHERE prefix = @prefix", new { prefix });
        if (found is not null)
            _stationIds[prefix] = found.Value;
        return found;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredObservation>> GetLatestAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await SqliteObservationReader.LatestAsync(c, prefix, cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredObservation> ReadSeriesAsync(SeriesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        await foreach (var o in SqliteObservationReader.SeriesAsync(c, query, cancellationToken))
            yield return o;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FileEntry>> GetFilesAsync(FileQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await SqliteFileRegistry.ReadAsync(c, query, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<byte[]?> GetRawBytesAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var c = Open();
        return await c.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT bytes FROM raw_archive WHERE sha256 = @sha256", new { sha256 }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            Execute(_writer, "PRAGMA wal_checkpoint(TRUNCATE);");
        }
        catch (SqliteException)
        {
            // A reader still holds the WAL: the next open checkpoints it.
        }
        await _writer.DisposeAsync();
        _writeLock.Dispose();
    }
}
