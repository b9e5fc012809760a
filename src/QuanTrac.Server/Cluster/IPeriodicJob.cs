namespace QuanTrac.Server.Cluster;

/// <summary>Work done every <see cref="Interval"/> by exactly one node of the cluster: the leader (<see cref="LeaderJobsService"/>).</summary>
public interface IPeriodicJob
{
    /// <summary>A short name for the logs.</summary>
    string Name { get; }

    /// <summary>Time between two runs.</summary>
    TimeSpan Interval { get; }

    /// <summary>One run.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
