using QuanTrac.Storage.Cluster;

namespace QuanTrac.Server.Cluster;

/// <summary>
/// Runs the registered <see cref="IPeriodicJob"/>s on one node of the cluster only: every node tries to take or
/// renew the leader lease every third of its duration, and only the holder runs the jobs that are due. When the
/// leader dies, another node takes the lease once it expires; a clean shutdown hands it over at once.
/// </summary>
public sealed partial class LeaderJobsService(ILeaderLease lease, IEnumerable<IPeriodicJob> jobs, ServerOptions options, TimeProvider time,
    ILogger<LeaderJobsService> logger) : BackgroundService
{
    /// <summary>The lease's name in <c>leader_leases</c>.</summary>
    public const string LeaseName = "periodic-jobs";

    readonly Dictionary<IPeriodicJob, long?> _lastRun = jobs.ToDictionary(j => j, _ => (long?)null);

    /// <summary>True while this node holds the lease (as of its last attempt).</summary>
    public bool IsLeader { get; private set; }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.LeaderLease / 3;
        while (!stoppingToken.IsCancellationRequested)
        {
            await TickAsync(stoppingToken);
            try
            {
                await Task.Delay(every, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        if (IsLeader)
            await lease.ReleaseAsync(LeaseName, options.Node, CancellationToken.None);
    }

    /// <summary>One round: take or renew the lease, then run the jobs that are due if this node leads.</summary>
    public async Task TickAsync(CancellationToken ct)
    {
        bool leader;
        try
        {
            leader = await lease.TryAcquireAsync(LeaseName, options.Node, options.LeaderLease, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Database unreachable: a leader that cannot renew must stop leading before its lease runs out elsewhere.
            LogLeaseFailed(e.Message);
            leader = false;
        }
        if (leader != IsLeader)
            LogLeadership(options.Node, leader);
        IsLeader = leader;
        if (!leader)
            return;
        foreach (var (job, last) in _lastRun.ToList())
        {
            var now = time.GetTimestamp();
            if (last is { } at && time.GetElapsedTime(at, now) < job.Interval)
                continue;
            _lastRun[job] = now;
            try
            {
                await job.RunAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogJobFailed(job.Name, e.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} leads the periodic jobs: {Leader}")]
    partial void LogLeadership(string node, bool leader);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Leader lease not renewed: {Reason}")]
    partial void LogLeaseFailed(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Periodic job {Job} failed: {Reason}")]
    partial void LogJobFailed(string job, string reason);
}
