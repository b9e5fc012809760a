using Dapper;
using Npgsql;
using QuanTrac.Storage.Cluster;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Leader leases in the table <c>leader_leases</c>: acquiring and renewing are the same single UPSERT, which wins
/// only when the lease is free, expired, or already ours — by the database's clock.
/// </summary>
sealed class PostgresLeaderLease(NpgsqlDataSource source) : ILeaderLease
{
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        var won = await c.ExecuteScalarAsync<string?>(new CommandDefinition("""
            INSERT INTO leader_leases AS l (name, holder, until) VALUES (@name, @holder, now() + @durationMs * interval '1 millisecond')
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
            WHERE l.until < now() OR l.holder = excluded.holder
            RETURNING l.holder
            """, new { name, holder, durationMs = duration.TotalMilliseconds }, cancellationToken: cancellationToken));
        return won is not null;
    }

    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default)
    {
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM leader_leases WHERE name = @name AND holder = @holder", new { name, holder }, cancellationToken: cancellationToken));
    }
}
