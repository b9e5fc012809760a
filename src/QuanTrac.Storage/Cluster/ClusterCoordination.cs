using QuanTrac.Storage.Postgres;

namespace QuanTrac.Storage.Cluster;

/// <summary>The claims and the leader lease that go with a store: shared through PostgreSQL, trivial for one embedded node.</summary>
public static class ClusterCoordination
{
    /// <summary>Inbox claims for <paramref name="store"/>.</summary>
    public static IIntakeClaims ClaimsFor(IQuanTracStore store) =>
        store is PostgresStore postgres ? postgres.IntakeClaims : SingleNodeIntakeClaims.Instance;

    /// <summary>The leader lease for <paramref name="store"/>.</summary>
    public static ILeaderLease LeaderLeaseFor(IQuanTracStore store) =>
        store is PostgresStore postgres ? postgres.LeaderLease : SingleNodeLeaderLease.Instance;

    /// <summary>A node name unique to this process: host, process id and a random part (a restarted node is a new node).</summary>
    public static string NewNodeName() =>
        FormattableString.Invariant($"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
}
