using Microsoft.Extensions.Time.Testing;
using Npgsql;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.Storage;
using QuanTrac.Storage.Postgres;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

/// <summary>Two inbox watchers (two nodes) on one shared inbox and one PostgreSQL store.</summary>
public sealed class SharedInboxTests : IAsyncLifetime
{
    const string Prefix = "QN_DEMO_NUO002";
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero));
    readonly string _inbox = Directory.CreateTempSubdirectory("quantrac-shared-inbox-").FullName;
    readonly List<IntakePipeline> _pipelines = [];
    string? _connection;
    PostgresStore _store = null!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.Unavailable is not null)
            return;
        _connection = await TestPostgres.CreateDatabaseAsync();
        _store = new PostgresStore(_connection);
        await _store.MigrateAsync();
        await _store.SaveStationAsync(Some.WastewaterStation(Prefix));
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _pipelines)
            await p.DisposeAsync();
        if (_connection is not null)
        {
            await _store.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(_connection);
        }
        Directory.Delete(_inbox, recursive: true);
    }

    async Task<(IntakePipeline Pipeline, InboxWatcher Watcher)> NodeAsync(string node, TimeSpan? flush = null, int maxInFlight = 1000)
    {
        var pipeline = await IntakePipeline.StartAsync(_store, new IntakeOptions { FlushInterval = flush ?? TimeSpan.FromMilliseconds(10) }, _time);
        _pipelines.Add(pipeline);
        return (pipeline, new InboxWatcher(_inbox, pipeline, _time)
        {
            StableFor = TimeSpan.FromSeconds(5), Claims = _store.IntakeClaims, Node = node, ClaimLease = TimeSpan.FromMinutes(5), MaxInFlight = maxInFlight,
        });
    }

    string Drop(int i)
    {
        var at = Some.Time.AddMinutes(5 * i);
        var path = Path.Combine(_inbox, "QN", StationFileWriter.FileName(Prefix, at));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, StationFileWriter.Write([new("COD", "41.5", "mg/L", at, "00"), new("pH", "7.1", "pH", at, "00")]));
        return path;
    }

    async Task ExpireClaimsAsync()
    {
        await using var c = new NpgsqlConnection(_connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE intake_claims SET lease_until = now() - interval '1 second'", c);
        await cmd.ExecuteNonQueryAsync();
    }

    async Task<int> ObservationsAsync()
    {
        var n = 0;
        await foreach (var _ in _store.ReadSeriesAsync(new SeriesQuery(AllVersions: true)))
            n++;
        return n;
    }

    [SkippableFact]
    public async Task ScanOnceAsync_TwoNodesShareOneInbox_EachFileStoredOnceWithOneReceipt()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        for (var i = 0; i < 40; i++)
            Drop(i);
        var (pipelineA, a) = await NodeAsync("a", maxInFlight: 10);
        var (pipelineB, b) = await NodeAsync("b", maxInFlight: 10);

        await a.ScanOnceAsync(default);
        await b.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Directory.EnumerateFiles(_inbox, "*", SearchOption.AllDirectories).Any())
        {
            await a.ScanOnceAsync(timeout.Token);
            await b.ScanOnceAsync(timeout.Token);
            await Task.Delay(20, timeout.Token);
        }
        await pipelineA.CompleteAsync();
        await pipelineB.CompleteAsync();

        var files = await _store.GetFilesAsync(new FileQuery());
        Assert.Equal(40, files.Count);
        Assert.All(files, f => Assert.Equal((FileOutcomeKind.Accepted, 1), (f.Outcome, f.Receipts)));
        Assert.Equal(80, await ObservationsAsync());
        Assert.True(pipelineA.Summary.Files > 0 && pipelineB.Summary.Files > 0, $"a stored {pipelineA.Summary.Files}, b {pipelineB.Summary.Files}");
        Assert.Equal(40, pipelineA.Summary.Files + pipelineB.Summary.Files);
        // The next scans release the last claims.
        await a.ScanOnceAsync(default);
        await b.ScanOnceAsync(default);
        Assert.Empty(await _store.IntakeClaims.ExpiredAsync(TimeSpan.FromDays(-1), 100));
    }

    [SkippableFact]
    public async Task ScanOnceAsync_ClaimExpiresWhileFirstNodeStillWorks_SecondCommitIsADuplicateAndNothingDoubles()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        var path = Drop(0);
        // Node a holds the file in a batch that waits an hour to fill: it is still working when its lease ends.
        var (slow, a) = await NodeAsync("a", flush: TimeSpan.FromHours(1));
        var (fast, b) = await NodeAsync("b");
        await a.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await a.ScanOnceAsync(default);
        await ExpireClaimsAsync();

        await b.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await b.ScanOnceAsync(default);
        await fast.CompleteAsync();
        Assert.False(File.Exists(path));
        await slow.CompleteAsync();

        var entry = Assert.Single(await _store.GetFilesAsync(new FileQuery()));
        Assert.Equal((FileOutcomeKind.Accepted, 2), (entry.Outcome, entry.Receipts));
        Assert.Equal(1, fast.Summary.Accepted);
        Assert.Equal((0, 1), (slow.Summary.Accepted, slow.Summary.Files));
        Assert.Equal(2, await ObservationsAsync());
    }

    [SkippableFact]
    public async Task ScanOnceAsync_ExpiredClaimOnFileAlreadyCommitted_FileRemovedWithoutAnotherReceipt()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        var path = Drop(0);
        var bytes = await File.ReadAllBytesAsync(path);
        var (first, a) = await NodeAsync("a");
        await a.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await a.ScanOnceAsync(default);
        await first.CompleteAsync();
        // Node a "died" after its commit, before removing the file and releasing its claim.
        await File.WriteAllBytesAsync(path, bytes);
        await ExpireClaimsAsync();

        var (second, b) = await NodeAsync("b");
        await b.ScanOnceAsync(default);
        _time.Advance(TimeSpan.FromSeconds(6));
        await b.ScanOnceAsync(default);
        await second.CompleteAsync();

        Assert.False(File.Exists(path));
        Assert.Equal(0, second.Summary.Files);
        var entry = Assert.Single(await _store.GetFilesAsync(new FileQuery()));
        Assert.Equal((FileOutcomeKind.Accepted, 1), (entry.Outcome, entry.Receipts));
        Assert.Equal(2, await ObservationsAsync());
    }
}
