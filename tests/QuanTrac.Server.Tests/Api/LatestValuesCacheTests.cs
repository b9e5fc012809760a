using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.Server.Api;
using QuanTrac.Server.Indices;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests.Api;

/// <summary>The per-station latest values in memory: fresh after a commit of this node, at most 30 s old otherwise.</summary>
public sealed class LatestValuesCacheTests
{
    const string Station = "QN_DEMO_NUO002";
    readonly FakeTimeProvider time = new(Some.Time);

    async Task CommitAsync(TempStore db, DateTimeOffset at, string cod)
    {
        await using var pipeline = await IntakePipeline.StartAsync(db.Store, new IntakeOptions(), time);
        var name = StationFileWriter.FileName(Station, at);
        await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile(name, name, StationFileWriter.Write([new("COD", cod, "mg/L", at, "00")]), at)));
        await pipeline.CompleteAsync();
    }

    static async Task<string?> CodAsync(LatestValuesCache cache, TempStore db) =>
        (await cache.GetAsync(db.Store, Station, CancellationToken.None))?.Single(v => v.Observation.ParameterCode == "COD").Observation.RawValue;

    [Fact]
    public async Task GetAsync_CommitWithoutSignal_ServedFromMemoryUntilLifetimeEnds()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.SaveStationAsync(Some.WastewaterStation(Station));
        var cache = new LatestValuesCache(new IndexSignal(), time);
        await CommitAsync(db, Some.Time, "41.5");
        Assert.Equal("41.5", await CodAsync(cache, db));

        // Another node stored a newer file: this node's signal never heard of it.
        await CommitAsync(db, Some.Time.AddMinutes(5), "50.1");
        time.Advance(LatestValuesCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal("41.5", await CodAsync(cache, db));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("50.1", await CodAsync(cache, db));
    }

    [Fact]
    public async Task GetAsync_StationTouchedAfterCommit_ServesTheNewValueAtOnce()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.SaveStationAsync(Some.WastewaterStation(Station));
        var signal = new IndexSignal();
        var cache = new LatestValuesCache(signal, time);
        await CommitAsync(db, Some.Time, "41.5");
        Assert.Equal("41.5", await CodAsync(cache, db));

        await CommitAsync(db, Some.Time.AddMinutes(5), "50.1");
        signal.Touch(Station); // what the intake does after each commit
        Assert.Equal("50.1", await CodAsync(cache, db));
    }

    [Fact]
    public async Task GetAsync_UnknownStation_IsNullAndNotRemembered()
    {
        await using var db = await TempStore.CreateAsync();
        var cache = new LatestValuesCache(new IndexSignal(), time);
        Assert.Null(await cache.GetAsync(db.Store, Station, CancellationToken.None));
        await db.Store.SaveStationAsync(Some.WastewaterStation(Station));
        Assert.Empty((await cache.GetAsync(db.Store, Station, CancellationToken.None))!);
    }
}
