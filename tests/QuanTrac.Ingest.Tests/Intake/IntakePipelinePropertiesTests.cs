using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.Simulation;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

/// <summary>Invariants of ingestion: the order of independent files does not matter, and ingesting twice equals once.</summary>
public class IntakePipelinePropertiesTests
{
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero));

    // Four stations (one per type), the first 300 deliveries: calibrations, errors, identical resends, late
    // files. Changed resends are left out: for those the spec lets the later one win, so order matters.
    static readonly SimulationOptions Options = new()
    {
        StationsPerType = 1, Days = 1, Seed = 11, ChangedResendShare = 0, ResendProbability = 0.05, LateProbability = 0.01,
        DeviceErrorProbability = 0.01,
    };

    static readonly IReadOnlyList<SimulatedFile> Files = [.. StationSimulator.Generate(Options).Take(300)];

    static readonly Lazy<List<string>> InOrder = new(() => Ingest(Files, times: 1));

    static List<string> Ingest(IEnumerable<SimulatedFile> files, int times) => IngestAsync(files, times).GetAwaiter().GetResult();

    static async Task<List<string>> IngestAsync(IEnumerable<SimulatedFile> files, int times)
    {
        await using var db = await TempStore.CreateAsync();
        foreach (var station in SimulatedStations.Build(Options))
            await db.Store.SaveStationAsync(station);
        for (var run = 0; run < times; run++)
        {
            await using var pipeline = await IntakePipeline.StartAsync(db.Store, new IntakeOptions { BatchSize = 37 }, Time);
            foreach (var f in files)
                await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile(f.FileName, f.RelativePath, f.Bytes, Time.GetUtcNow())));
            await pipeline.CompleteAsync();
        }
        return await db.SnapshotAsync();
    }

    [Fact]
    public void Files_Generated_HoldResendsAndStatusesWorthTesting()
    {
        Assert.Contains(Files, f => f.Kind == SimulatedFileKind.Resend);
        Assert.True(InOrder.Value.Count > 1000);
    }

    [Property(MaxTest = 8)]
    public bool Ingest_AnyOrderOfTheSameFiles_GivesTheSameStore(int seed)
    {
        var random = new Random(seed);
        var shuffled = Files.OrderBy(_ => random.Next()).ToList();
        return Ingest(shuffled, times: 1).SequenceEqual(InOrder.Value);
    }

    [Property(MaxTest = 6)]
    public bool Ingest_Twice_EqualsOnce(int seed)
    {
        var random = new Random(seed);
        var subset = Files.Where(_ => random.Next(3) > 0).ToList();
        return Ingest(subset, times: 2).SequenceEqual(Ingest(subset, times: 1));
    }
}
