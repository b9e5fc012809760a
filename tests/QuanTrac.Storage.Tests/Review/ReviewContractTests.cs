using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using QuanTrac.Domain.Audit;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Storage.Quality;
using QuanTrac.Storage.Review;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests.Review;

/// <summary>Review actions, layers and as-of reads, rule sets and the audit chain: the same behaviour in both stores.</summary>
public abstract class ReviewContractTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    const string Station = "QN_DEMO_NUO002";
    static readonly StationMapper Mapper = new(Some.WastewaterStation(), ParameterCatalogue.Default);
    // Observation times (Vietnam), and wall-clock instants at which things were received or recorded.
    static readonly DateTimeOffset T1 = Some.Time, T2 = Some.Time.AddMinutes(5), T3 = Some.Time.AddMinutes(10);
    static readonly DateTimeOffset W0 = new(2025, 6, 15, 0, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset W1 = W0.AddHours(1), W2 = W0.AddHours(2), W3 = W0.AddHours(3), W4 = W0.AddHours(4);

    protected IQuanTracStore Store { get; private set; } = null!;
    IReviewStore Reviews => (IReviewStore)Store;

    /// <summary>The database under the store (a new one per test).</summary>
    protected TDatabase Database { get; } = new();


    /// <summary>Runs SQL straight on the database, as someone with database access could.</summary>
    protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>SQL that removes the trigger refusing UPDATE on audit_log.</summary>
    protected abstract string DropAuditUpdateTrigger { get; }

    public async Task InitializeAsync()
    {
        Store = await Database.CreateStoreAsync();
        await Store.MigrateAsync();
        await Store.SaveStationAsync(Some.WastewaterStation());
        await Store.CommitAsync([File("a.txt", W0, (T1, 41m), (T2, 42m), (T3, 43m))]);
    }

    public async Task DisposeAsync()
    {
        if (Store is not null)
            await Store.DisposeAsync();
        await Database.CleanUpAsync();
    }

    static IncomingFile File(string name, DateTimeOffset receivedAt, params (DateTimeOffset At, decimal Value)[] cod)
    {
        var bytes = Encoding.UTF8.GetBytes(name + string.Join(";", cod.Select(c => $"{c.At:O}={c.Value}")));
        var observations = cod.Select(c => Mapper.Map(Some.Record("COD", c.Value, at: c.At), receivedAt)).ToList();
        return new IncomingFile(name, "inbox/" + name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), receivedAt, Station, observations, null);
    }

    static ReviewRequest Request(ReviewActionKind kind, int level, string user, string? reason = "checked", decimal? value = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null) =>
        new(Station, "COD", from ?? T1, to ?? T3, kind, level, user, reason, value);

    async Task<List<LayeredObservation>> Layer(DataLayer layer, DateTimeOffset? asOf = null, bool versions = false)
    {
        var list = new List<LayeredObservation>();
        await foreach (var x in LayerReader.ReadAsync(Store, new LayerQuery(layer, Station, "COD", AsOf: asOf, AllVersions: versions)))
            list.Add(x);
        return list;
    }

    static string Rows(IEnumerable<LayeredObservation> rows) =>
        string.Join(" ", rows.Select(r => FormattableString.Invariant($"{r.Stored.Observation.ObservedAt:HH:mm}={r.Layered.Value}[{r.Layered.Review}]")));

    async Task<AuditVerification> VerifyAsync()
    {
        var entries = new List<AuditEntry>();
        await foreach (var e in Reviews.ReadAuditAsync())
            entries.Add(e);
        return AuditChain.Verify(entries);
    }

    [SkippableFact]
    public async Task LayerReader_CorrectionThenApproval_AsOfShowsEachStageAndRawNeverChanges()
    {
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Correct, 1, "alice", "drift after calibration", 40m, T2, T2), W1);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice", null, from: T1, to: T3), W1.AddMinutes(1));
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "bob", null), W2);

        Assert.Equal("08:35=41[level2:approved] 08:40=40[level2:corrected] 08:45=43[level2:approved]", Rows(await Layer(DataLayer.Validated)));
        Assert.Equal("08:35=41[level2:approved] 08:40=42[level2:corrected] 08:45=43[level2:approved]", Rows(await Layer(DataLayer.Raw)));
        // Before level 2: nothing validated yet; the public sees the level-1 correction, provisional.
        Assert.Empty(await Layer(DataLayer.Validated, W2.AddSeconds(-1)));
        var published = await Layer(DataLayer.Published, W2.AddSeconds(-1));
        Assert.Equal("08:35=41[level1:approved] 08:40=40[level1:corrected] 08:45=43[level1:approved]", Rows(published));
        Assert.All(published, p => Assert.Equal("provisional;" + p.Layered.Review, p.Layered.ReviewText(DataLayer.Published)));
        // Before the correction: the series as received.
        Assert.Equal("08:35=41[unreviewed] 08:40=42[unreviewed] 08:45=43[unreviewed]", Rows(await Layer(DataLayer.Published, W1.AddSeconds(-1))));
        // Before anything was received: nothing.
        Assert.Empty(await Layer(DataLayer.Raw, W0.AddSeconds(-1)));
        Assert.True((await VerifyAsync()).Ok);
    }

    [SkippableFact]
    public async Task LayerReader_Invalidated_LeftOutOfValidatedAndPublished()
    {
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Invalidate, 1, "alice", "analyser fault", from: T3, to: T3), W1);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice", null, from: T1, to: T2), W1);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "bob", null), W2);

        Assert.Equal("08:35=41[level2:approved] 08:40=42[level2:approved]", Rows(await Layer(DataLayer.Validated)));
        Assert.Equal("08:35=41[level2:approved] 08:40=42[level2:approved]", Rows(await Layer(DataLayer.Published)));
        // Hourly means from the validated layer: the invalidated 08:45 value is not in the 09:00 hour.
        var timed = await LayerReader.TimedValuesAsync(Store, new LayerQuery(DataLayer.Validated, Station, "COD"));
        var hour = Averages.Hourly(timed).Single(a => a.Count > 0);
        Assert.Equal((2, 83m), (hour.Count, hour.Sum));
        var rawHour = Averages.Hourly(await LayerReader.TimedValuesAsync(Store, new LayerQuery(DataLayer.Raw, Station, "COD"))).Single(a => a.Count > 0);
        Assert.Equal(3, rawHour.Count);
    }

    [SkippableFact]
    public async Task AppendReviewAsync_Level2BySameUserAsLevel1_RefusedAndNothingWritten()
    {
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice", null), W1);
        var e = await Assert.ThrowsAsync<ReviewRefusedException>(() => Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "ALICE ", null), W2));
        Assert.Equal("SAME_USER_BOTH_LEVELS", e.Code);
        Assert.Contains("separation of duties", e.Message, StringComparison.Ordinal);
        Assert.Contains("phân tách nhiệm vụ", e.Message, StringComparison.Ordinal);
        Assert.Single(await Reviews.GetReviewActionsAsync(new ReviewActionQuery(Station)));
        Assert.Equal(1, (await VerifyAsync()).Entries);
    }

    [SkippableFact]
    public async Task AppendReviewAsync_Level2BeforeLevel1_Refused()
    {
        var e = await Assert.ThrowsAsync<ReviewRefusedException>(() => Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "bob", null), W1));
        Assert.Equal("LEVEL1_FIRST", e.Code);
    }

    [SkippableFact]
    public async Task AppendReviewAsync_LockedPeriod_NeedsReopenWithReasonThenBothLevelsAgain()
    {
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice", null), W1);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "bob", null), W2);

        var locked = await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            Reviews.AppendReviewAsync(Request(ReviewActionKind.Invalidate, 1, "carol", "late lab result", from: T2, to: T2), W3));
        Assert.Equal("LOCKED", locked.Code);
        var noReason = await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            Reviews.AppendReviewAsync(Request(ReviewActionKind.Reopen, 2, "bob", null, from: T2, to: T2), W3));
        Assert.Equal("REASON_REQUIRED", noReason.Code);

        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Reopen, 2, "bob", "late lab result", from: T2, to: T2), W3);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Invalidate, 1, "carol", "late lab result", from: T2, to: T2), W3.AddMinutes(1));
        // The other values stay locked; the reopened one is back at level 1, then a new level 2 by someone other than carol.
        Assert.Equal("08:35=41[level2:approved] 08:40=42[level1:invalidated] 08:45=43[level2:approved]", Rows(await Layer(DataLayer.Raw)));
        await Assert.ThrowsAsync<ReviewRefusedException>(() => Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "carol", null, from: T2, to: T2), W4));
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "alice", null, from: T2, to: T2), W4);
        Assert.Equal("08:35=41[level2:approved] 08:45=43[level2:approved]", Rows(await Layer(DataLayer.Validated)));
        // As it stood before the reopen.
        Assert.Equal("08:35=41[level2:approved] 08:40=42[level2:approved] 08:45=43[level2:approved]", Rows(await Layer(DataLayer.Validated, W3.AddSeconds(-1))));
        var audit = await VerifyAsync();
        Assert.True(audit.Ok);
        Assert.Equal(5, audit.Entries);
    }

    [SkippableFact]
    public async Task AppendReviewAsync_CorrectWithoutValueOrUnknownStation_Refused()
    {
        Assert.Equal("VALUE_REQUIRED", (await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            Reviews.AppendReviewAsync(Request(ReviewActionKind.Correct, 1, "alice", "drift"), W1))).Code);
        Assert.Equal("UNKNOWN_STATION", (await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice") with { Station = "XX_NONE" }, W1))).Code);
    }

    [SkippableFact]
    public async Task AuditLog_RowEditedDirectlyAfterDroppingTheTrigger_VerifyNamesThatRow()
    {
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice", null), W1);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Annotate, 1, "alice", "storm at night"), W2);
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 2, "bob", null), W3);
        Assert.True((await VerifyAsync()).Ok);

        await ExecuteSqlAsync(DropAuditUpdateTrigger);
        await ExecuteSqlAsync("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = 2");

        var v = await VerifyAsync();
        Assert.False(v.Ok);
        Assert.Equal(2, v.FirstBrokenSeq);
        Assert.Equal("CONTENT_HASH_MISMATCH", v.Code);
    }

    [SkippableFact]
    public async Task ReviewTables_UpdateOrDelete_RefusedByTheDatabase()
    {
        await Reviews.AppendReviewAsync(Request(ReviewActionKind.Approve, 1, "alice", null), W1);
        await Store.SaveQcRuleSetAsync();
        foreach (var sql in new[]
        {
            "UPDATE audit_log SET reason = 'x'", "DELETE FROM audit_log", "UPDATE review_actions SET user_name = 'x'", "DELETE FROM review_actions",
            "UPDATE qc_rule_sets SET reason = 'x'", "DELETE FROM qc_rule_sets",
        })
        {
            var e = await Assert.ThrowsAnyAsync<DbException>(() => ExecuteSqlAsync(sql));
            Assert.Contains("append-only", e.Message, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task SaveRuleSetAsync_ChangedThenSame_OneNewVersionAuditedAndInForceFromThen()
    {
        var sets = (IQcRuleSetStore)Store;
        var changed = QcRuleSet.Default.With(new QcOverride(Station, "COD", QcParameterSettings.Default with { Zero = new() { Enabled = true } }));
        var (first, created) = await sets.SaveRuleSetAsync(changed, "lan", "zero is a device error at this station", W1);
        Assert.True(created);
        Assert.Equal(changed.Version, first.Version);
        var (again, createdAgain) = await sets.SaveRuleSetAsync(QcRuleSetJson.Read(QcRuleSetJson.Write(changed)), "lan", "same", W2);
        Assert.False(createdAgain);
        Assert.Equal(first.Id, again.Id);
        await sets.SaveRuleSetAsync(QcRuleSet.Default, "lan", "back to defaults", W3);

        Assert.Equal(2, (await sets.GetRuleSetsAsync()).Count);
        Assert.Equal(QcRuleSet.Default.Version, (await QcRuleSets.InForceAsync(Store, W0)).Version);
        Assert.Equal(changed.Version, (await QcRuleSets.InForceAsync(Store, W2)).Version);
        Assert.Equal(QcRuleSet.Default.Version, (await QcRuleSets.InForceAsync(Store)).Version);
        var audit = await VerifyAsync();
        Assert.Equal((true, 2L), (audit.Ok, audit.Entries));
    }

    [SkippableFact]
    public async Task ReadFlagsAsync_AsOfBeforeAReRun_ReturnsTheFlagsThenInForce()
    {
        var history = (IQcFlagHistory)Store;
        var version = QcRuleSet.Default.Version;
        StoredQcFlag Flag(DateTimeOffset at, string rule, DateTimeOffset evaluated) =>
            new(at, 1, rule, "1", rule.ToUpperInvariant(), QcSeverity.Suspect, "x / x", evaluated, version);
        await history.ReplaceFlagsAsync(Station, "COD", null, null, version, [Flag(T2, "spike", W1)], W1);
        await history.ReplaceFlagsAsync(Station, "COD", null, null, version, [Flag(T3, "stuck", W2)], W2);

        static string Text(IEnumerable<SeriesFlag> f) => string.Join(",", f.Select(x => x.Flag.RuleId));
        Assert.Equal("stuck", Text(await history.ReadFlagsAsync(new FlagReadQuery(Station, version))));
        Assert.Equal("spike", Text(await history.ReadFlagsAsync(new FlagReadQuery(Station, version, AsOf: W1.AddMinutes(1)))));
        Assert.Equal("", Text(await history.ReadFlagsAsync(new FlagReadQuery(Station, version, AsOf: W0))));
        Assert.Equal("08:35=41[unreviewed] 08:40=42[unreviewed] 08:45=43[unreviewed]", Rows(await Layer(DataLayer.Raw, W1.AddMinutes(1))));
        Assert.Equal(["spike"], (await Layer(DataLayer.Raw, W1.AddMinutes(1)))[1].Layered.RuleIds);
        Assert.Equal(["stuck"], (await Layer(DataLayer.Raw))[2].Layered.RuleIds);
    }

    [SkippableFact]
    public async Task LayerReader_AsOfBeforeAChangedResend_ReadsTheFirstVersion()
    {
        await Store.CommitAsync([File("a2.txt", W2, (T2, 52m))]);

        Assert.Equal("08:35=41[unreviewed] 08:40=52[unreviewed] 08:45=43[unreviewed]", Rows(await Layer(DataLayer.Raw)));
        Assert.Equal("08:35=41[unreviewed] 08:40=42[unreviewed] 08:45=43[unreviewed]", Rows(await Layer(DataLayer.Raw, W1)));
        var versions = await Layer(DataLayer.Raw, W2, versions: true);
        Assert.Equal("1:False 2:True", string.Join(" ", versions.Where(v => v.Stored.Observation.ObservedAt == T2).Select(v => $"{v.Stored.Version}:{v.Stored.IsCurrent}")));
    }
}

static class RuleSetSaving
{
    public static Task SaveQcRuleSetAsync(this IQuanTracStore store) =>
        ((IQcRuleSetStore)store).SaveRuleSetAsync(QcRuleSet.Default.With(new QcOverride(null, "pH", QcParameterSettings.Default with { Zero = new() { Enabled = true } })),
            "lan", "test", new DateTimeOffset(2025, 6, 15, 0, 0, 0, TimeSpan.Zero));
}

public sealed class SqliteReviewTests : ReviewContractTests<SqliteTestDatabase>
{
    protected override string DropAuditUpdateTrigger => "DROP TRIGGER audit_log_no_update";

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var c = new SqliteConnection($"Data Source={Path.Combine(Database.Directory, "quantrac.db")};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}

public sealed class PostgresReviewTests : ReviewContractTests<PostgresTestDatabase>
{
    protected override string DropAuditUpdateTrigger => "DROP TRIGGER audit_log_append_only ON audit_log";

    protected override async Task ExecuteSqlAsync(string sql)
    {
        await using var c = new NpgsqlConnection(Database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }
}
