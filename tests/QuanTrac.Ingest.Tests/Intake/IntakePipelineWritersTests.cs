using System.Reflection;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.Simulation;
using QuanTrac.Storage;
using QuanTrac.Storage.Postgres;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

/// <summary>Several writer lanes (<see cref="IntakeOptions.Writers"/>): each station's files keep their order, failures surface.</summary>
public class IntakePipelineWritersTests
{
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero));

    // Changed resends included: for those the later file wins, so a lane that reordered a station's files would show.
    static readonly SimulationOptions Options = new()
    {
        StationsPerType = 2, Days = 1, Seed = 5, ResendProbability = 0.05, ChangedResendShare = 0.5, LateProbability = 0.02,
    };

    static readonly IReadOnlyList<SimulatedFile> Files = [.. StationSimulator.Generate(Options).Take(600)];

    static async Task IngestAsync(IQuanTracStore store, int? writers, int batchSize = 23)
    {
        foreach (var station in SimulatedStations.Build(Options))
            await store.SaveStationAsync(station);
        await using var pipeline = await IntakePipeline.StartAsync(store, new IntakeOptions { BatchSize = batchSize, Writers = writers }, Time);
        foreach (var f in Files)
            await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile(f.FileName, f.RelativePath, f.Bytes, Time.GetUtcNow())));
        await pipeline.CompleteAsync();
        Assert.Equal(Files.Count, pipeline.Summary.Files);
    }

    static async Task<List<string>> OneWriterAsync()
    {
        await using var db = await TempStore.CreateAsync();
        await IngestAsync(db.Store, writers: 1);
        return await db.SnapshotAsync();
    }

    [Fact]
    public void Files_Generated_HoldChangedResends() => Assert.True(Files.Count(f => f.Kind == SimulatedFileKind.ChangedResend) >= 5);

    [Fact]
    public async Task CompleteAsync_ThreeWritersOnSqlite_SameStoreAsOneWriter()
    {
        await using var db = await TempStore.CreateAsync();
        await IngestAsync(db.Store, writers: 3);
        Assert.Equal(await OneWriterAsync(), await db.SnapshotAsync());
    }

    [SkippableFact]
    public async Task CompleteAsync_StoreDefaultWritersOnPostgres_SameStoreAsOneWriterOnSqlite()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        var connection = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using var store = new PostgresStore(connection);
            await store.MigrateAsync();
            Assert.True(store.ConcurrentCommits > 1);
            await IngestAsync(store, writers: null, batchSize: 11);
            Assert.Equal(await OneWriterAsync(), await TempStore.SnapshotAsync(store));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connection);
        }
    }

    [Fact]
    public async Task CompleteAsync_OneLaneFails_ThrowsTheCommitErrorAndDoesNotHang()
    {
        await using var db = await TempStore.CreateAsync();
        var victim = SimulatedStations.Build(Options)[1].Prefix;
        var failing = FailingCommits.Wrap(db.Store, victim);
        foreach (var station in SimulatedStations.Build(Options))
            await db.Store.SaveStationAsync(station);
        var pipeline = await IntakePipeline.StartAsync(failing, new IntakeOptions { BatchSize = 5, Writers = 3, Capacity = 10 }, Time);
        var error = await Assert.ThrowsAsync<IOException>(() => Task.Run(async () =>
        {
            foreach (var f in Files)
                await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile(f.FileName, f.RelativePath, f.Bytes, Time.GetUtcNow())));
            await pipeline.CompleteAsync();
        }).WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains(victim, error.Message, StringComparison.Ordinal);
        await pipeline.DisposeAsync();
    }

    /// <summary>The real store, except that committing a batch holding one station's files fails (a disk or network fault).</summary>
    public class FailingCommits : DispatchProxy
    {
        IQuanTracStore inner = null!;
        string prefix = "";

        public static IQuanTracStore Wrap(IQuanTracStore store, string prefix)
        {
            var proxy = Create<IQuanTracStore, FailingCommits>();
            var self = (FailingCommits)(object)proxy;
            self.inner = store;
            self.prefix = prefix;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IQuanTracStore.CommitAsync) && args![0] is IReadOnlyList<IncomingFile> files
                && files.Any(f => f.StationPrefix == prefix))
                return Task.FromException<IReadOnlyList<FileOutcome>>(new IOException($"disk full while committing {prefix}"));
            try
            {
                return targetMethod.Invoke(inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
