using Npgsql;
using QuanTrac.Storage.Cluster;
using QuanTrac.Storage.Postgres;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests;

/// <summary>Inbox claims and leader leases of several nodes on one PostgreSQL database.</summary>
public sealed class PostgresClusterTests : IAsyncLifetime
{
    static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    string? _connection;
    PostgresStore _store = null!;

    IIntakeClaims Claims => _store.IntakeClaims;
    ILeaderLease Lease => _store.LeaderLease;

    public async Task InitializeAsync()
    {
        if (TestPostgres.Unavailable is not null)
            return;
        _connection = await TestPostgres.CreateDatabaseAsync();
        _store = new PostgresStore(_connection);
        await _store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_connection is null)
            return;
        await _store.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(_connection);
    }

    static void SkipWithoutServer() => Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);

    /// <summary>Makes every lease in the database end a second ago, as if its holder had died long enough ago.</summary>
    async Task ExpireAllAsync()
    {
        await using var c = new NpgsqlConnection(_connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "UPDATE intake_claims SET lease_until = now() - interval '1 second'; UPDATE leader_leases SET until = now() - interval '1 second'", c);
        await cmd.ExecuteNonQueryAsync();
    }

    [SkippableFact]
    public async Task TryClaimAsync_TwoNodesRaceForTheSameFiles_EachFileWonExactlyOnce()
    {
        SkipWithoutServer();
        string[] paths = [.. Enumerable.Range(0, 200).Select(i => $"a/{i:D3}.txt")];

        // Rounds of eight nodes claiming at once: a node that loses a race gets fewer than its quota, never a file twice.
        var won = new List<IntakeClaim>();
        for (var round = 0; round < 20 && won.Count < paths.Length; round++)
        {
            // As the watcher does, a node offers only files it is not working on already.
            string[] open = [.. paths.Except(won.Select(c => c.Path), StringComparer.Ordinal)];
            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Claims.TryClaimAsync($"node{i}", open, 50, Long)));
            Assert.All(results, r => Assert.InRange(r.Count, 0, 50));
            won.AddRange(results.SelectMany(r => r));
        }

        Assert.Equal(paths.Length, won.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), won.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(won, c => c.TakenOver);
    }

    [SkippableFact]
    public async Task TryClaimAsync_PathsHeldByAnotherNode_DoNotUseUpTheQuota()
    {
        SkipWithoutServer();
        await Claims.TryClaimAsync("a", ["1", "2", "3"], 10, Long);

        var won = await Claims.TryClaimAsync("b", ["1", "2", "3", "4", "5"], 2, Long);

        Assert.Equal(["4", "5"], won.Select(c => c.Path));
    }

    [SkippableFact]
    public async Task TryClaimAsync_LeaseExpired_OtherNodeTakesOverAndIsToldSo()
    {
        SkipWithoutServer();
        await Claims.TryClaimAsync("a", ["x"], 10, Long);
        Assert.Empty(await Claims.TryClaimAsync("b", ["x"], 10, Long));

        await ExpireAllAsync();
        var won = await Claims.TryClaimAsync("b", ["x"], 10, Long);

        Assert.Equal(new IntakeClaim("x", TakenOver: true), Assert.Single(won));
        Assert.Empty(await Claims.TryClaimAsync("a", ["x"], 10, Long));
    }

    [SkippableFact]
    public async Task ReleaseAsync_ByTheHolder_FileClaimableAgainAsNew()
    {
        SkipWithoutServer();
        await Claims.TryClaimAsync("a", ["x"], 10, Long);

        await Claims.ReleaseAsync("b", ["x"]);
        Assert.Empty(await Claims.TryClaimAsync("b", ["x"], 10, Long));
        await Claims.ReleaseAsync("a", ["x"]);

        Assert.Equal(new IntakeClaim("x", TakenOver: false), Assert.Single(await Claims.TryClaimAsync("b", ["x"], 10, Long)));
    }

    [SkippableFact]
    public async Task RenewAsync_LiveNode_KeepsItsClaimsPastTheOldLease()
    {
        SkipWithoutServer();
        await Claims.TryClaimAsync("a", ["x"], 10, TimeSpan.FromMilliseconds(300));

        await Claims.RenewAsync("a", Long);
        await Task.Delay(500);

        Assert.Empty(await Claims.TryClaimAsync("b", ["x"], 10, Long));
    }

    [SkippableFact]
    public async Task DeleteExpiredAsync_OnlyClaimsExpiredLongerThanTheGrace_AreDeleted()
    {
        SkipWithoutServer();
        await Claims.TryClaimAsync("a", ["old"], 10, Long);
        await ExpireAllAsync();
        await Claims.TryClaimAsync("a", ["live"], 10, Long);

        var expired = await Claims.ExpiredAsync(TimeSpan.Zero, 100);
        var deleted = await Claims.DeleteExpiredAsync(["old", "live"], TimeSpan.Zero);

        Assert.Equal(["old"], expired);
        Assert.Equal(1, deleted);
        Assert.False(Assert.Single(await Claims.TryClaimAsync("b", ["old"], 10, Long)).TakenOver);
    }

    [SkippableFact]
    public async Task TryAcquireAsync_TwoHoldersContend_OnlyOneWins()
    {
        SkipWithoutServer();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Lease.TryAcquireAsync("jobs", $"node{i}", Long)));

        Assert.Equal(1, results.Count(r => r));
        Assert.True(await Lease.TryAcquireAsync("other-jobs", "node0", Long), "leases of different names are independent");
    }

    [SkippableFact]
    public async Task TryAcquireAsync_HolderRenews_KeepsTheLeaseAndOthersStillLose()
    {
        SkipWithoutServer();
        Assert.True(await Lease.TryAcquireAsync("jobs", "a", Long));

        Assert.True(await Lease.TryAcquireAsync("jobs", "a", Long));
        Assert.False(await Lease.TryAcquireAsync("jobs", "b", Long));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_LeaseExpired_OtherHolderTakesOver()
    {
        SkipWithoutServer();
        // A lease long enough that a loaded machine still asks again before it ends.
        Assert.True(await Lease.TryAcquireAsync("jobs", "a", TimeSpan.FromSeconds(2)));
        Assert.False(await Lease.TryAcquireAsync("jobs", "b", Long));

        await Task.Delay(2500);

        Assert.True(await Lease.TryAcquireAsync("jobs", "b", Long));
        Assert.False(await Lease.TryAcquireAsync("jobs", "a", Long));
    }

    [SkippableFact]
    public async Task ReleaseAsync_LeaderStopsCleanly_OtherTakesOverAtOnce()
    {
        SkipWithoutServer();
        Assert.True(await Lease.TryAcquireAsync("jobs", "a", Long));

        await Lease.ReleaseAsync("jobs", "b");
        Assert.False(await Lease.TryAcquireAsync("jobs", "b", Long));
        await Lease.ReleaseAsync("jobs", "a");

        Assert.True(await Lease.TryAcquireAsync("jobs", "b", Long));
    }
}
