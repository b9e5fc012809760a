using System.Security.Cryptography;
using System.Text;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Storage.Relay;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests.Relay;

/// <summary>The relay outbox, the same behaviour in both stores.</summary>
public abstract class RelayOutboxContractTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    static readonly StationMapper Mapper = new(Some.WastewaterStation(), ParameterCatalogue.Default);
    static readonly DateTimeOffset T0 = Some.Time;

    protected IQuanTracStore Store { get; private set; } = null!;
    IRelayOutbox Outbox => (IRelayOutbox)Store;

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
        if (Store is not null)
            await Store.DisposeAsync();
        await Database.CleanUpAsync();
    }

    static IncomingFile File(string name, string prefix = "QN_DEMO_NUO002", decimal value = 1m)
    {
        var bytes = Encoding.UTF8.GetBytes($"{name} {prefix} {value}");
        var observations = prefix == "QN_DEMO_NUO002" ? new[] { Mapper.Map(Some.Record("COD", value, at: T0), T0) } : [];
        return new IncomingFile(name, "inbox/" + name, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), T0, prefix, observations, null);
    }

    [SkippableFact]
    public async Task Commit_RelayNotEnabled_QueuesNothing()
    {
        await Store.CommitAsync([File("a.txt")]);
        var status = await Outbox.GetOutboxStatusAsync();
        Assert.Equal((false, 0L, 0L), (status.Enabled, status.Pending, status.Sent));
    }

    [SkippableFact]
    public async Task Enable_AfterEarlierCommits_QueuesEveryAcceptedFileOnceAndNoQuarantined()
    {
        await Store.CommitAsync([File("a.txt"), File("b.txt", prefix: "XX_UNKNOWN")]);
        Assert.Equal(1, await Outbox.EnableAsync(T0));
        Assert.Equal(0, await Outbox.EnableAsync(T0));
        var items = await Outbox.ClaimAsync(T0, 10, T0.AddMinutes(1));
        Assert.Equal("a.txt", Assert.Single(items).FileName);
    }

    [SkippableFact]
    public async Task Commit_AfterEnable_QueuesAcceptedInTheSameCommitButNotDuplicates()
    {
        await Outbox.EnableAsync(T0);
        await Store.CommitAsync([File("a.txt"), File("a.txt"), File("q.txt", prefix: "XX_UNKNOWN")]);
        await Store.CommitAsync([File("a.txt")]);
        var item = Assert.Single(await Outbox.ClaimAsync(T0, 10, T0.AddMinutes(1)));
        Assert.Equal(("a.txt", File("a.txt").Sha256, 0), (item.FileName, item.Sha256, item.Attempts));
    }

    [SkippableFact]
    public async Task Commit_QuarantinedFileAcceptedLater_IsQueuedThen()
    {
        await Outbox.EnableAsync(T0);
        var late = File("late.txt", prefix: "QN_LATE_NUO001");
        await Store.CommitAsync([late]);
        Assert.Equal(0, (await Outbox.GetOutboxStatusAsync()).Pending);
        await Store.SaveStationAsync(Some.WastewaterStation("QN_LATE_NUO001"));
        await Store.CommitAsync([late with { Observations = [Mapper.Map(Some.Record("COD", 2m, at: T0), T0) with { StationPrefix = "QN_LATE_NUO001" }] }]);
        Assert.Equal("late.txt", Assert.Single(await Outbox.ClaimAsync(T0, 10, T0.AddMinutes(1))).FileName);
    }

    [SkippableFact]
    public async Task Claim_LeasedRows_AreNotClaimedAgainUntilTheLeaseEnds()
    {
        await Outbox.EnableAsync(T0);
        await Store.CommitAsync([File("a.txt"), File("b.txt")]);
        Assert.Equal(2, (await Outbox.ClaimAsync(T0, 10, T0.AddMinutes(2))).Count);
        Assert.Empty(await Outbox.ClaimAsync(T0.AddMinutes(1), 10, T0.AddMinutes(3)));
        Assert.Equal(2, (await Outbox.ClaimAsync(T0.AddMinutes(2), 10, T0.AddMinutes(4))).Count);
    }

    [SkippableFact]
    public async Task MarkFailedThenSent_CountsAttemptsAndLeavesNothingPending()
    {
        await Outbox.EnableAsync(T0);
        await Store.CommitAsync([File("a.txt"), File("b.txt"), File("c.txt")]);
        var items = await Outbox.ClaimAsync(T0, 10, T0.AddMinutes(1));
        await Outbox.MarkFailedAsync(items[0].FileId, T0.AddSeconds(30), "HTTP 503");
        await Outbox.ReleaseAsync([items[2].FileId], T0.AddSeconds(30));
        await Outbox.MarkSentAsync(items[1].FileId, T0, "accepted");
        var failing = await Outbox.GetOutboxStatusAsync();
        Assert.Equal((2L, 1L, 1L, "HTTP 503"), (failing.Pending, failing.Sent, failing.Failing, failing.LastError));
        Assert.Empty(await Outbox.ClaimAsync(T0.AddSeconds(29), 10, T0.AddMinutes(1)));

        var again = await Outbox.ClaimAsync(T0.AddSeconds(30), 10, T0.AddMinutes(2));
        Assert.Equal([(items[0].FileId, 1), (items[2].FileId, 0)], again.Select(i => (i.FileId, i.Attempts)));
        foreach (var item in again)
            await Outbox.MarkSentAsync(item.FileId, T0.AddSeconds(31), "duplicate");
        var done = await Outbox.GetOutboxStatusAsync();
        Assert.Equal((0L, 3L, 0L, (DateTimeOffset?)null), (done.Pending, done.Sent, done.Failing, done.OldestPendingSince));
    }
}

public sealed class SqliteRelayOutboxTests : RelayOutboxContractTests<SqliteTestDatabase>;

public sealed class PostgresRelayOutboxTests : RelayOutboxContractTests<PostgresTestDatabase>;
