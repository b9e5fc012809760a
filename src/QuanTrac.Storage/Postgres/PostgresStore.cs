using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage.Cluster;
using QuanTrac.Storage.Common;
using QuanTrac.Storage.Quality;
using QuanTrac.Storage.Relay;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// The server store: PostgreSQL 15+, observation tables partitioned by month. Several QuanTrac processes may
/// share one database; every batch commits in one transaction.
/// </summary>
public sealed partial class PostgresStore : IQuanTracStore, IRelayOutbox, IQcFlagStore
{
    readonly NpgsqlDataSource _source;
    // Commits only: connections keep their session (the staging table of PostgresObservationWriter) when they go back
    // to the pool instead of paying DISCARD ALL and a new temporary table every batch. The writer sets no other session state.
    readonly NpgsqlDataSource _writeSource;
    readonly PostgresPartitions _partitions = new();
    readonly ConcurrentDictionary<string, int> _stationIds = new(StringComparer.Ordinal);
    // Set while batches meet files registered before (a re-import, resends): look up first rather than insert, fail, redo.
    volatile bool _lookUpFirst;

    /// <summary>Opens a store on a connection string (<c>Host=…;Username=…</c>) or a URL (<c>postgres://user:pass@host:port/db</c>).</summary>
    public PostgresStore(string connection)
    {
        var connectionString = PostgresConnectionString.Parse(connection);
        _source = Build(connectionString);
        _writeSource = Build(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString);
        IntakeClaims = new PostgresIntakeClaims(_source);
        LeaderLease = new PostgresLeaderLease(_source);
    }

    /// <summary>
    /// A data source with only the type support the store uses (base types and their arrays): the full builder's
    /// resolvers for ranges, JSON, network, geometric and record types cost a short command ≈ 0.1 s of start-up JIT.
    /// </summary>
    static NpgsqlDataSource Build(string connectionString) => new NpgsqlSlimDataSourceBuilder(connectionString).EnableArrays().Build();

    /// <summary>Claims on shared-inbox files, in this database (several nodes, one inbox).</summary>
    public IIntakeClaims IntakeClaims { get; }

    /// <summary>Leader leases in this database (periodic jobs once cluster-wide).</summary>
    public ILeaderLease LeaderLease { get; }

    /// <inheritdoc/>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await PostgresSchema.MigrateAsync(c, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Station>> GetStationsAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await StationRows.ReadAsync(c, null, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<Station?> GetStationAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return (await StationRows.ReadAsync(c, prefix, cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc/>
    public async Task SaveStationAsync(Station station, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        _stationIds[station.Prefix] = (int)await StationRows.SaveAsync(c, tx, station, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Two: batches of different stations touch different rows (observations, latest, registry names), so two
    /// transactions keep two backends busy while the client prepares the next batches.
    /// </summary>
    public int ConcurrentCommits => 2;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FileOutcome>> CommitAsync(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default)
    {
        await _partitions.EnsureAsync(_source, files.SelectMany(f => f.Observations).Select(o => o.ObservedAt), cancellationToken);
        await using var c = await _writeSource.OpenConnectionAsync(cancellationToken);
        var ids = await StationIdsAsync(c, files, cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var writer = new PostgresBatchWriter(c, tx, ids, _lookUpFirst);
        var outcomes = await writer.WriteAsync(files, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        _lookUpFirst = writer.MetKnownFiles;
        return outcomes;
    }

    async Task<IReadOnlyDictionary<string, int>> StationIdsAsync(NpgsqlConnection c, IReadOnlyList<IncomingFile> files, CancellationToken ct)
    {
        // One read of the whole registry (a few thousand rows at most) whenever a prefix is not known yet, not one per batch
        // while a backlog's stations appear one after another.
        if (files.Any(f => f.StationPrefix is { } p && !_stationIds.ContainsKey(p)))
        {
            await using var cmd = new NpgsqlCommand("SELECT prefix, id FROM stations", c);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                _stationIds[reader.GetString(0)] = reader.GetInt32(1);
        }
        return _stationIds;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredObservation>> GetLatestAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await PostgresObservationReader.LatestAsync(c, prefix, cancellationToken);
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<StoredObservation> ReadSeriesAsync(SeriesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        await foreach (var o in PostgresObservationReader.SeriesAsync(c, query, cancellationToken))
            yield return o;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FileEntry>> GetFilesAsync(FileQuery query, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await PostgresFileRegistry.ReadAsync(c, query, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<byte[]?> GetRawBytesAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var c = await _source.OpenConnectionAsync(cancellationToken);
        return await c.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            """
            (SELECT substring(p.bytes FROM f.pack_offset + 1 FOR f.size::integer)
             FROM files f JOIN raw_packs p ON p.id = f.pack_id WHERE f.sha256 = @sha256 LIMIT 1)
            UNION ALL
            (SELECT bytes FROM raw_archive WHERE sha256 = @sha256)
            LIMIT 1
            """, new { sha256 }, cancellationToken: cancellationToken));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _writeSource.DisposeAsync();
        await _source.DisposeAsync();
    }
}
