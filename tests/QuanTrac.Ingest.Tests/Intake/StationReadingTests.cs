using System.Text;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.Intake;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Ingest.Tests.Intake;

/// <summary>Reading settings kept per station in the registry (strict, decimal comma, legacy name) decide how its files are read.</summary>
public class StationReadingTests
{
    static readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 6, 14, 2, 0, 0, TimeSpan.Zero));

    static Station River(string prefix, StationFileReading? reading) =>
        new(prefix, "Trạm sông", "River station", StationType.SurfaceWater, "HN", "DEMO", null, Station.DefaultInterval,
            [new("pH", "pH"), new("Temp", "Temp")], reading);

    static byte[] Text(string s) => Encoding.UTF8.GetBytes(s);

    // Spec §13.4: one line holding two records; tolerant mode reads both (with a warning), strict mode rejects the file.
    static readonly byte[] TwoRecordsOnOneLine = Text("Temp\t28.9\toC\t20250614091000\t00\tpH\t7.05\t\t20250614091000\t00\n");
    static readonly byte[] DecimalComma = Text("Temp\t28,9\toC\t20250614091000\t00\npH\t7,05\t\t20250614091000\t00\n");

    static async Task<List<FileOutcome>> IngestAsync(TempStore db, Func<Task>? whileRunning, params (string Name, byte[] Bytes)[] files)
    {
        var outcomes = new List<FileOutcome>();
        await using var pipeline = await IntakePipeline.StartAsync(db.Store, new IntakeOptions { BatchSize = 1 }, Time);
        pipeline.Committed += (_, outcome) => outcomes.Add(outcome);
        if (whileRunning is not null)
            await whileRunning();
        foreach (var (name, bytes) in files)
            await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile(name, name, bytes, Time.GetUtcNow())));
        await pipeline.CompleteAsync();
        return outcomes;
    }

    [Fact]
    public async Task Ingest_StrictAndTolerantStations_SameLineRejectedOnlyForTheStrictOne()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.SaveStationAsync(River("HN_DEMO_NUO001", null));
        await db.Store.SaveStationAsync(River("HN_DEMO_NUO002", new StationFileReading(Strict: true)));

        var outcomes = await IngestAsync(db, null,
            ("HN_DEMO_NUO001_20250614091000.txt", TwoRecordsOnOneLine), ("HN_DEMO_NUO002_20250614091000.txt", TwoRecordsOnOneLine));

        Assert.Equal(FileOutcomeKind.Accepted, outcomes[0].Kind);
        Assert.Equal(2, outcomes[0].Inserted);
        Assert.Equal(FileOutcomeKind.Quarantined, outcomes[1].Kind);
    }

    [Fact]
    public async Task Ingest_DecimalCommaStation_ValuesReadWithTheComma()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.SaveStationAsync(River("HN_DEMO_NUO001", null));
        await db.Store.SaveStationAsync(River("HN_DEMO_NUO002", new StationFileReading(DecimalComma: true)));

        await IngestAsync(db, null, ("HN_DEMO_NUO001_20250614091000.txt", DecimalComma), ("HN_DEMO_NUO002_20250614091000.txt", DecimalComma));

        var values = (await db.Store.GetLatestAsync("HN_DEMO_NUO002")).ToDictionary(o => o.Observation.ParameterCode, o => o.Observation.Value);
        Assert.Equal(7.05m, values["pH"]);
        Assert.Equal(28.9m, values["Temp"]);
        Assert.All(await db.Store.GetLatestAsync("HN_DEMO_NUO001"), o => Assert.Null(o.Observation.Value)); // "7,05" is no number by default
    }

    [Fact]
    public async Task Ingest_LegacyNameStation_AcceptedOnlyWhenFlagged()
    {
        const string file = "NhaMayDemo20250614083500.txt"; // spec §13.5
        var content = Text("pH\t7.05\t\t20250614083500\t00\n");
        await using var db = await TempStore.CreateAsync();
        await db.Store.SaveStationAsync(River("NhaMayDemo", null));
        Assert.Equal(FileOutcomeKind.Quarantined, (await IngestAsync(db, null, (file, content))).Single().Kind);

        await db.Store.SaveStationAsync(River("NhaMayDemo", new StationFileReading(LegacyName: true)));
        var accepted = (await IngestAsync(db, null, (file, content))).Single();
        Assert.Equal(FileOutcomeKind.Accepted, accepted.Kind);
        Assert.Equal(new DateTimeOffset(2025, 6, 14, 8, 35, 0, TimeSpan.FromHours(7)), (await db.Store.GetLatestAsync("NhaMayDemo")).Single().Observation.ObservedAt);
    }

    [Fact]
    public async Task Ingest_LegacyNameInAnotherCase_FoundUnderTheRegisteredSpelling()
    {
        await using var db = await TempStore.CreateAsync();
        await db.Store.SaveStationAsync(River("NhaMayDemo", new StationFileReading(LegacyName: true)));
        var outcome = (await IngestAsync(db, null, ("NHAMAYDEMO20250614083500.txt", Text("pH\t7.05\t\t20250614083500\t00\n")))).Single();
        Assert.Equal(FileOutcomeKind.Accepted, outcome.Kind);
        Assert.Single(await db.Store.GetLatestAsync("NhaMayDemo"));
    }

    [Fact]
    public async Task Ingest_LegacyFlagClearedWhileRunning_LaterLegacyFilesQuarantined()
    {
        await using var db = await TempStore.CreateAsync();
        var flagged = River("NhaMayDemo", new StationFileReading(LegacyName: true));
        await db.Store.SaveStationAsync(flagged);
        await using var pipeline = await IntakePipeline.StartAsync(db.Store, new IntakeOptions { BatchSize = 1 }, Time);
        var outcomes = new List<FileOutcome>();
        pipeline.Committed += (_, outcome) => outcomes.Add(outcome);
        await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile("NhaMayDemo20250614083500.txt", "a", Text("pH\t7.05\t\t20250614083500\t00\n"), Time.GetUtcNow())));

        // The console clears the flag and tells the running intake.
        await db.Store.SaveStationAsync(flagged with { Reading = null });
        pipeline.InvalidateStation("NhaMayDemo");
        await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile("NhaMayDemo20250614084000.txt", "b", Text("pH\t7.10\t\t20250614084000\t00\n"), Time.GetUtcNow())));
        await pipeline.CompleteAsync();

        Assert.Equal([FileOutcomeKind.Accepted, FileOutcomeKind.Quarantined], outcomes.Select(o => o.Kind));
        Assert.Equal("LEGACY_NAME_NOT_ALLOWED", outcomes[1].Reason!.Code);
    }

    [Fact]
    public async Task Ingest_StationsRegisteredAfterTheStart_TheirSettingsApplyToTheirFirstFiles()
    {
        await using var db = await TempStore.CreateAsync();
        var outcomes = await IngestAsync(db, async () =>
            {
                // Registered while the pipeline runs (the console does this on a server).
                await db.Store.SaveStationAsync(River("NhaMayDemo", new StationFileReading(LegacyName: true)));
                await db.Store.SaveStationAsync(River("HN_DEMO_NUO002", new StationFileReading(DecimalComma: true)));
            },
            ("NhaMayDemo20250614083500.txt", Text("pH\t7.05\t\t20250614083500\t00\n")), ("HN_DEMO_NUO002_20250614091000.txt", DecimalComma));

        Assert.All(outcomes, o => Assert.Equal(FileOutcomeKind.Accepted, o.Kind));
        Assert.Equal(7.05m, (await db.Store.GetLatestAsync("HN_DEMO_NUO002")).Single(o => o.Observation.ParameterCode == "pH").Observation.Value);
    }
}
