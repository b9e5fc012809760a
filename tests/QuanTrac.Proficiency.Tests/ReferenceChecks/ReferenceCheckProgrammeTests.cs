using System.Security.Cryptography;
using System.Text;
using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Standards.Tabular;
using QuanTrac.Ingest.Quality;
using QuanTrac.Proficiency.ReferenceChecks;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;
using QuanTrac.Storage.Quality;
using QuanTrac.TestKit;

namespace QuanTrac.Proficiency.Tests.ReferenceChecks;

/// <summary>Recorded reference checks: evaluation, summary, and the suspect window they give the QC run — in both stores.</summary>
public abstract class ReferenceCheckProgrammeTests
{
    protected abstract Task<RoundFixture> CreateAsync();

    // 2025-06-14 00:00 Vietnam time; hourly pH and NH4 values for three days.
    static readonly DateTimeOffset Day0 = new(2025, 6, 14, 0, 0, 0, TimeSpan.FromHours(7));
    const string Station = "QN_DEMO_NUO002";

    static async Task SeedAsync(IQuanTracStore store)
    {
        await store.SaveStationAsync(Some.WastewaterStation());
        var mapper = new StationMapper(Some.WastewaterStation(), ParameterCatalogue.Default);
        var files = new List<IncomingFile>();
        for (var h = 0; h < 72; h++)
        {
            var at = Day0.AddHours(h);
            // Slightly varying values, so that no stuck or spike rule fires on them.
            var observations = new[]
            {
                mapper.Map(Some.Record("pH", 7.0m + (h % 5) * 0.01m, "", "00", at), at),
                mapper.Map(Some.Record("NH4", 2.0m + (h % 7) * 0.05m, "mg/L", "00", at), at),
            };
            var bytes = Encoding.UTF8.GetBytes($"{Station} {h}");
            files.Add(new($"f{h}.txt", $"inbox/f{h}.txt", bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), at, Station, observations, null));
        }
        await store.CommitAsync(files);
    }

    static byte[] Checks(params string[] rows) => Encoding.UTF8.GetBytes(
        "station,analyser,parameter,certified,certified_u,lot,temperature,readings,operator,time\n" + string.Join('\n', rows) + "\n");

    [SkippableFact]
    public async Task Qc_FailedPhCheck_FlagsPhSinceTheLastPassedCheckOnly()
    {
        await using var f = await CreateAsync();
        await SeedAsync(f.Store);
        var programme = new ReferenceCheckProgramme(f.Store, f.Time);
        // Passed on day 0 at 10:00; failed on day 1 at 10:00 (mean 7.30 vs 7.00, limit 0.2); no later pass.
        var recorded = await programme.RecordAsync("checks.csv", Checks(
            $"{Station},SN-PH-1,pH,7.00,0.02,LOT-7,25.0,7.02;7.05;6.98,Nguyễn Văn A,2025-06-14T10:00:00",
            $"{Station},SN-PH-1,pH,7.00,0.02,LOT-7,24.5,7.31;7.29;7.30,Nguyễn Văn A,2025-06-15T10:00:00+07:00"));
        Assert.Equal((2, 0), (recorded.Recorded, recorded.Duplicates));
        Assert.Equal([true, false], recorded.Checks.Select(c => c.Passed));
        Assert.Equal(0.3, recorded.Checks[1].Error, 9);

        var summary = await QcRun.RunAsync(f.Store, (IQcFlagStore)f.Store, QcRuleSet.Default, f.Time);

        // pH values from day 0 10:00 (the last pass) to the end: 72 − 10 = 62; NH4 has no checks and none of its values.
        Assert.Equal(62, summary.ByRule["reference-check"]);
        var flags = (IQcFlagStore)f.Store;
        Assert.Equal(62, await flags.CountFlagsAsync(new(Station, "pH", RuleId: "reference-check")));
        Assert.Equal(0, await flags.CountFlagsAsync(new(Station, "pH", To: Day0.AddHours(9), RuleId: "reference-check")));
        Assert.Equal(0, await flags.CountFlagsAsync(new(Station, "NH4", RuleId: "reference-check")));

        // A pass on day 2 at 10:00 closes the window: values from then on are no longer suspect.
        await programme.RecordAsync("later.csv", Checks($"{Station},SN-PH-1,pH,7.00,,LOT-8,,7.01;7.00;7.02,Trần B,2025-06-16T10:00:00"));
        var rerun = await QcRun.RunAsync(f.Store, (IQcFlagStore)f.Store, QcRuleSet.Default, f.Time);
        Assert.Equal(48, rerun.ByRule["reference-check"]); // [day 0 10:00, day 2 10:00)
    }

    [SkippableFact]
    public async Task SummaryAsync_TwoStationsOneFailedLatest_CountsStationsAndPassed()
    {
        await using var f = await CreateAsync();
        await f.Store.SaveStationAsync(Some.WastewaterStation());
        await f.Store.SaveStationAsync(Some.WastewaterStation("QN_DEMO_NUO003"));
        var programme = new ReferenceCheckProgramme(f.Store, f.Time);
        await programme.RecordAsync("c.csv", Checks(
            $"{Station},A1,pH,7.00,,L1,,7.1,Op,2025-06-14T10:00:00",
            $"{Station},A2,NH4+,10.0,,L2,,10.4;10.6,Op,2025-06-14T10:00:00",          // 5 % of 10 = 0.5: exactly on the limit, passes
            "QN_DEMO_NUO003,B1,pH,7.00,,L1,,7.5,Op,2025-06-14T11:00:00",
            "QN_DEMO_NUO003,B1,pH,7.00,,L1,,7.0,Op,2025-06-15T11:00:00",               // latest passes
            "QN_DEMO_NUO003,B2,NH4,10.0,,L2,,11,Op,2025-06-15T11:00:00"));             // latest NH4 fails

        var s = await programme.SummaryAsync();

        Assert.Equal((2, 1, 5, 2), (s.Stations, s.Passed, s.Checks, s.FailedChecks));
        Assert.Equal("2 trạm, 1 đạt / 2 stations, 1 passed", s.Text);
        var windowed = await programme.SummaryAsync(from: new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal((1, 0), (windowed.Stations, windowed.Passed));
    }

    [SkippableFact]
    public async Task RecordAsync_FailedCheck_RaisesOneReferenceCheckAlarmAndPassResolvesIt()
    {
        await using var f = await CreateAsync();
        await f.Store.SaveStationAsync(Some.WastewaterStation());
        var programme = new ReferenceCheckProgramme(f.Store, f.Time);
        var alerts = (IAlertStore)f.Store;
        var failed = Checks($"{Station},SN-PH-1,pH,7.00,0.02,LOT-7,24.5,7.31;7.29;7.30,Nguyễn Văn A,2025-06-15T10:00:00+07:00");

        await programme.RecordAsync("checks.csv", failed);

        var open = Assert.Single(await alerts.GetAlertsAsync(new AlertQuery(Kind: AlertKind.ReferenceCheck)));
        Assert.Equal((Station, "pH", AlertState.Open, AlertLevel.Alarm), (open.Station, open.Parameter, open.State, open.Level));
        Assert.Contains("SN-PH-1", open.MessageEn, StringComparison.Ordinal);
        Assert.Contains("mẫu chuẩn", open.MessageVi, StringComparison.Ordinal);

        // Re-importing the same file (duplicates) changes nothing; a later passed check resolves the alarm.
        await programme.RecordAsync("checks.csv", failed);
        Assert.Single(await alerts.GetAlertsAsync(new AlertQuery(Kind: AlertKind.ReferenceCheck)));
        await programme.RecordAsync("later.csv", Checks($"{Station},SN-PH-1,pH,7.00,,LOT-8,,7.01;7.00;7.02,Trần B,2025-06-16T10:00:00"));
        var after = Assert.Single(await alerts.GetAlertsAsync(new AlertQuery(Kind: AlertKind.ReferenceCheck)));
        Assert.Equal(AlertState.Resolved, after.State);
    }

    [SkippableFact]
    public async Task RecordAsync_UnknownStationOrBadReading_NamesRowAndRecordsNothing()
    {
        await using var f = await CreateAsync();
        await f.Store.SaveStationAsync(Some.WastewaterStation());
        var programme = new ReferenceCheckProgramme(f.Store, f.Time);

        var unknown = await Assert.ThrowsAsync<TableInputException>(() => programme.RecordAsync("c.csv", Checks(
            $"{Station},A1,pH,7.00,,L1,,7.1,Op,2025-06-14T10:00:00", "XX_NONE,A1,pH,7.00,,L1,,7.1,Op,2025-06-14T10:00:00")));
        var reading = await Assert.ThrowsAsync<TableInputException>(() => programme.RecordAsync("c.csv", Checks(
            $"{Station},A1,pH,7.00,,L1,,7.1;x,Op,2025-06-14T10:00:00")));

        Assert.Equal((3, "station"), (unknown.Row, unknown.Column));
        Assert.Equal((2, "readings"), (reading.Row, reading.Column));
        Assert.Empty(await ((Storage.ReferenceChecks.IReferenceCheckStore)f.Store).GetChecksAsync());
    }
}

public sealed class SqliteReferenceCheckProgrammeTests : ReferenceCheckProgrammeTests
{
    protected override Task<RoundFixture> CreateAsync() => RoundFixture.SqliteAsync();
}

public sealed class PostgresReferenceCheckProgrammeTests : ReferenceCheckProgrammeTests
{
    protected override Task<RoundFixture> CreateAsync() => RoundFixture.PostgresAsync();
}
