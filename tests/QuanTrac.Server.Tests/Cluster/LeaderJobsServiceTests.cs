using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Server;
using QuanTrac.Server.Cluster;
using QuanTrac.Storage.Cluster;

namespace QuanTrac.Server.Tests.Cluster;

public sealed class LeaderJobsServiceTests
{
    readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero));

    sealed class ScriptedLease : ILeaderLease
    {
        public bool Wins { get; set; }
        public Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default) => Task.FromResult(Wins);
        public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    sealed class CountingJob : IPeriodicJob
    {
        public int Runs { get; private set; }
        public string Name => "count";
        public TimeSpan Interval => TimeSpan.FromMinutes(1);
        public Task RunAsync(CancellationToken cancellationToken)
        {
            Runs++;
            return Task.CompletedTask;
        }
    }

    LeaderJobsService Service(ILeaderLease lease, IPeriodicJob job) =>
        new(lease, [job], new ServerOptions { Node = "n1" }, _time, NullLogger<LeaderJobsService>.Instance);

    [Fact]
    public async Task TickAsync_LeaseHeldByAnotherNode_RunsNoJob()
    {
        var job = new CountingJob();
        var service = Service(new ScriptedLease { Wins = false }, job);

        await service.TickAsync(default);

        Assert.Equal(0, job.Runs);
        Assert.False(service.IsLeader);
    }

    [Fact]
    public async Task TickAsync_Leader_RunsEachJobOncePerInterval()
    {
        var job = new CountingJob();
        var service = Service(new ScriptedLease { Wins = true }, job);

        await service.TickAsync(default);
        _time.Advance(TimeSpan.FromSeconds(30));
        await service.TickAsync(default);
        _time.Advance(TimeSpan.FromSeconds(31));
        await service.TickAsync(default);

        Assert.Equal(2, job.Runs);
        Assert.True(service.IsLeader);
    }

    [Fact]
    public async Task TickAsync_LeadershipLost_StopsRunningJobs()
    {
        var job = new CountingJob();
        var lease = new ScriptedLease { Wins = true };
        var service = Service(lease, job);
        await service.TickAsync(default);

        lease.Wins = false;
        _time.Advance(TimeSpan.FromMinutes(5));
        await service.TickAsync(default);

        Assert.Equal(1, job.Runs);
        Assert.False(service.IsLeader);
    }
}
