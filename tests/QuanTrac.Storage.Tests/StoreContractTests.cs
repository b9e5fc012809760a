using System.Security.Cryptography;
using System.Text;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage;
using QuanTrac.Storage.Quality;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests;

/// <summary>
/// The behaviour every store must have. Each implementation derives from this class once; the PostgreSQL
/// store will run the very same tests.
/// </summary>
public abstract class StoreContractTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    protected IQuanTracStore Store { get; private set; } = null!;

    /// <summary>The database under the store (a new one per test).</summary>
    protected TDatabase Database { get; } = new();


    public async Task InitializeAsync()
    {
        Store = await Database.CreateStoreAsync();
        await Store.MigrateAsync();
        await Store.SaveStationAsync(Some.WastewaterStation());
    }

    public async Task DisposeAsync()
    {
        if (Store is not null) // null when the store could not be made here (test skipped)
            await Store.DisposeAsync();
        await Database.CleanUpAsync();
    }


    static readonly StationMapper Mapper = new(Some.WastewaterStation(), ParameterCatalogue.Default);

    protected static IncomingFile File(string name, DateTimeOffset at, params (string Param, decimal? Value, string Status)[] records)
    {
        var bytes = Encoding.UTF8.GetBytes(name + string.Join(";", records.Select(r => $"{r.Param}={r.Value}/{r.Status}")));
        var observations = records.Select(r => Mapper.Map(Some.Record(r.Param, r.Value, "mg/L", r.Status, at), at)).ToList();
        return new IncomingFile(name, "inbox/" + name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), at, "QN_DEMO_NUO002", observations, null);
    }

    async Task<List<StoredObservation>> All(bool versions = false)
    {
        var list = new List<StoredObservation>();
        await foreach (var o in Store.ReadSeriesAsync(new SeriesQuery(AllVersions: versions)))
            list.Add(o);
        return list;
    }

    [SkippableFact]
    public async Task MigrateAsync_RunTwice_KeepsVersion()
    {
        var first = await Store.MigrateAsync();
        Assert.Equal(first, await Store.MigrateAsync());
        Assert.True(first >= 1);
    }

    [SkippableFact]
    public async Task SaveStationAsync_ThenGet_RoundTripsMappings()
    {
        var station = await Store.GetStationAsync("QN_DEMO_NUO002");
        Assert.NotNull(station);
        Assert.Equal(Some.WastewaterStation().Mappings.OrderBy(m => m.RawName, StringComparer.Ordinal), station.Mappings);
        Assert.Equal(Some.WastewaterStation() with { Mappings = station.Mappings }, station);
    }

    [SkippableFact]
    public async Task SaveStationAsync_ReadingSettings_RoundTripAndResetToDefaults()
    {
        var legacy = Some.WastewaterStation("NhaMayDemo") with { Reading = new StationFileReading(Strict: true, DecimalComma: false, LegacyName: true) };
        await Store.SaveStationAsync(legacy);
        Assert.Equal(legacy.Reading, (await Store.GetStationAsync("NhaMayDemo"))!.Reading);

        await Store.SaveStationAsync(legacy with { Reading = new StationFileReading(DecimalComma: true) });
        Assert.Equal(new StationFileReading(DecimalComma: true), (await Store.GetStationAsync("NhaMayDemo"))!.Reading);
        await Store.SaveStationAsync(legacy with { Reading = null });
        Assert.Null((await Store.GetStationAsync("NhaMayDemo"))!.Reading);
    }

    [SkippableFact]
    public async Task CommitAsync_NewFile_InsertsEveryRecord()
    {
        var outcome = (await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 41m, "00"), ("TSS", 18.4m, "00"))])).Single();
        Assert.Equal((FileOutcomeKind.Accepted, 2, 0), (outcome.Kind, outcome.Inserted, outcome.NewVersions));
        Assert.Equal(2, (await All()).Count);
    }

    [SkippableFact]
    public async Task CommitAsync_IdenticalResend_IsDuplicateAndChangesNothing()
    {
        var file = File("a.txt", Some.Time, ("COD", 41m, "00"));
        await Store.CommitAsync([file]);
        var before = await All(versions: true);
        var again = (await Store.CommitAsync([file with { ReceivedAt = Some.Time.AddHours(1) }])).Single();
        Assert.Equal(FileOutcomeKind.Duplicate, again.Kind);
        Assert.Equal(before, await All(versions: true));
        var entry = (await Store.GetFilesAsync(new FileQuery())).Single();
        Assert.Equal(2, entry.Receipts);
    }

    [SkippableFact]
    public async Task CommitAsync_ChangedResend_MakesNewVersionAndKeepsOld()
    {
        await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 41m, "00"))]);
        var outcome = (await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 45m, "00"))])).Single();
        Assert.Equal(1, outcome.NewVersions);
        var current = Assert.Single(await All());
        Assert.Equal((45m, 2), (current.Observation.Value, current.Version));
        Assert.True(current.Observation.Flags.HasFlag(ObservationFlags.ResentChanged));
        var versions = await All(versions: true);
        Assert.Equal([41m, 45m], versions.Select(v => v.Observation.Value!.Value));
        Assert.Equal([false, true], versions.Select(v => v.IsCurrent));
    }

    [SkippableFact]
    public async Task CommitAsync_FileAndItsResendsInOneBatch_SameAsOneAtATime()
    {
        var first = File("a.txt", Some.Time, ("COD", 41m, "00"));
        var changed = File("a.txt", Some.Time, ("COD", 45m, "00"));
        var outcomes = await Store.CommitAsync([first, first with { ReceivedAt = Some.Time.AddMinutes(1) }, changed]);
        Assert.Equal([FileOutcomeKind.Accepted, FileOutcomeKind.Duplicate, FileOutcomeKind.Accepted], outcomes.Select(o => o.Kind));
        Assert.Equal(1, outcomes[2].NewVersions);
        Assert.Equal([41m, 45m], (await All(versions: true)).Select(v => v.Observation.Value!.Value));
        var entries = await Store.GetFilesAsync(new FileQuery());
        Assert.Equal([1, 2], entries.Select(e => e.Receipts).Order());
    }

    [SkippableFact]
    public async Task CommitAsync_SameValueInAnotherFile_IsUnchanged()
    {
        await Store.CommitAsync([File("a.txt", Some.Time, ("COD", 41m, "00"))]);
        var outcome = (await Store.CommitAsync([File("b.txt", Some.Time, ("COD", 41.00m, "00"))])).Single();
        Assert.Equal((FileOutcomeKind.Accepted, 0, 0, 1), (outcome.Kind, outcome.Inserted, outcome.NewVersions, outcome.Unchanged));
    }

    [SkippableFact]
    public async Task CommitAsync_UnregisteredStation_QuarantinesWithReasonAndKeepsBytes()
    {
        var file = File("x.txt", Some.Time, ("COD", 1m, "00")) with { StationPrefix = "XX_NONE_NUO001" };
        var outcome = (await Store.CommitAsync([file])).Single();
        Assert.Equal(FileOutcomeKind.Quarantined, outcome.Kind);
        Assert.Equal("UNREGISTERED_STATION", outcome.Reason?.Code);
        Assert.Equal(file.Bytes, await Store.GetRawBytesAsync(file.Sha256));
        var entry = Assert.Single(await Store.GetFilesAsync(new FileQuery(Outcome: FileOutcomeKind.Quarantined)));
        Assert.Contains("XX_NONE_NUO001", entry.Reason!.English, StringComparison.Ordinal);
        Assert.Empty(await All());
    }

    [SkippableFact]
    public async Task CommitAsync_QuarantinedFileResentAfterRegistration_IsAccepted()
    {
        var file = File("x.txt", Some.Time, ("COD", 1m, "00")) with { StationPrefix = "QN_DEMO_NUO009" };
        await Store.CommitAsync([file]);
        await Store.SaveStationAsync(Some.WastewaterStation("QN_DEMO_NUO009"));
        var outcome = (await Store.CommitAsync([file])).Single();
        Assert.Equal(FileOutcomeKind.Accepted, outcome.Kind);
        var entry = Assert.Single(await Store.GetFilesAsync(new FileQuery(Outcome: FileOutcomeKind.Accepted)));
        Assert.Equal((2, 1), (entry.Receipts, entry.Records));
    }

    [SkippableFact]
    public async Task GetLatestAsync_SeveralTimes_GivesNewestPerParameter()
    {
        await Store.CommitAsync([
            File("a.txt", Some.Time, ("COD", 41m, "00"), ("TSS", 10m, "00")),
            File("b.txt", Some.Time.AddMinutes(5), ("COD", 42m, "00")),
        ]);
        var latest = await Store.GetLatestAsync("QN_DEMO_NUO002");
        Assert.Equal([("COD", 42m), ("TSS", 10m)], latest.Select(l => (l.Observation.ParameterCode, l.Observation.Value!.Value)));
    }

    [SkippableFact]
    public async Task GetLatestAsync_LateFileArrivesAfterNewerOne_KeepsTheNewerValue()
    {
        await Store.CommitAsync([File("new.txt", Some.Time.AddHours(2), ("COD", 50m, "00"))]);
        await Store.CommitAsync([File("late.txt", Some.Time, ("COD", 41m, "00"))]);
        var latest = Assert.Single(await Store.GetLatestAsync("QN_DEMO_NUO002"));
        Assert.Equal((50m, Some.Time.AddHours(2)), (latest.Observation.Value!.Value, latest.Observation.ObservedAt));
    }

    [SkippableFact]
    public async Task ReadSeriesAsync_Range_IsInclusiveAndInVietnamTime()
    {
        await Store.CommitAsync([
            File("a.txt", Some.Time, ("COD", 1m, "00")),
            File("b.txt", Some.Time.AddMinutes(5), ("COD", 2m, "00")),
            File("c.txt", Some.Time.AddMinutes(10), ("COD", 3m, "00")),
        ]);
        var list = new List<StoredObservation>();
        await foreach (var o in Store.ReadSeriesAsync(new SeriesQuery("QN_DEMO_NUO002", "COD", Some.Time, Some.Time.AddMinutes(5))))
            list.Add(o);
        Assert.Equal([1m, 2m], list.Select(o => o.Observation.Value!.Value));
        Assert.Equal(TimeSpan.FromHours(7), list[0].Observation.ObservedAt.Offset);
        Assert.Equal(Some.Time, list[0].Observation.ObservedAt);
    }

    static StoredQcFlag Flag(DateTimeOffset at, string rule, string code, string ruleSet = "rs1") =>
        new(at, 1, rule, "1.abcdef01", code, QcSeverity.Invalid, "lý do / reason", Some.Time.AddDays(1), ruleSet);

    [SkippableFact]
    public async Task ReplaceFlagsAsync_RerunOverRange_ReplacesOnlyThatRangeAndRuleSetAndKeepsObservations()
    {
        var flags = (IQcFlagStore)Store;
        await Store.CommitAsync([
            File("a.txt", Some.Time, ("COD", 1m, "01")),
            File("b.txt", Some.Time.AddMinutes(5), ("COD", 2m, "01")),
            File("c.txt", Some.Time.AddMinutes(10), ("COD", 3m, "00")),
        ]);
        const string station = "QN_DEMO_NUO002";
        await flags.ReplaceFlagsAsync(station, "COD", null, null, "rs1", [
            Flag(Some.Time, "device-status", "CALIBRATION"), Flag(Some.Time.AddMinutes(5), "device-status", "CALIBRATION"),
            Flag(Some.Time.AddMinutes(10), "stuck", "STUCK")]);
        await flags.ReplaceFlagsAsync(station, "COD", null, null, "rs2", [Flag(Some.Time, "device-status", "CALIBRATION", "rs2")]);
        Assert.Equal(4, await flags.CountFlagsAsync(new QcFlagQuery(station)));

        // Re-running the same rule set over the whole range with the same flags leaves the same rows (no duplicates).
        await flags.ReplaceFlagsAsync(station, "COD", null, null, "rs1", [
            Flag(Some.Time, "device-status", "CALIBRATION"), Flag(Some.Time.AddMinutes(5), "device-status", "CALIBRATION"),
            Flag(Some.Time.AddMinutes(10), "stuck", "STUCK")]);
        Assert.Equal(3, await flags.CountFlagsAsync(new QcFlagQuery(station, "COD", RuleSetVersion: "rs1")));

        // Re-running over [t+5, t+10] with no flags removes only those two of rule set rs1.
        Assert.Equal(0, await flags.ReplaceFlagsAsync(station, "COD", Some.Time.AddMinutes(5), Some.Time.AddMinutes(10), "rs1", []));
        Assert.Equal(1, await flags.CountFlagsAsync(new QcFlagQuery(station, RuleSetVersion: "rs1")));
        Assert.Equal(1, await flags.CountFlagsAsync(new QcFlagQuery(station, RuleSetVersion: "rs2")));
        Assert.Equal(2, await flags.CountFlagsAsync(new QcFlagQuery(RuleId: "device-status")));
        Assert.Equal(1, await flags.CountFlagsAsync(new QcFlagQuery(From: Some.Time, To: Some.Time, RuleSetVersion: "rs1")));
        Assert.Equal(3, (await All()).Count);
    }

    [SkippableFact]
    public async Task ReplaceFlagsAsync_FlagOutsideRange_IsRefusedAndChangesNothing()
    {
        var flags = (IQcFlagStore)Store;
        await flags.ReplaceFlagsAsync("QN_DEMO_NUO002", "COD", null, null, "rs1", [Flag(Some.Time, "range", "ABOVE_RANGE")]);
        await Assert.ThrowsAsync<ArgumentException>(() => flags.ReplaceFlagsAsync("QN_DEMO_NUO002", "COD",
            Some.Time.AddMinutes(5), null, "rs1", [Flag(Some.Time, "range", "ABOVE_RANGE")]));
        Assert.Equal(1, await flags.CountFlagsAsync(new QcFlagQuery()));
    }
}
