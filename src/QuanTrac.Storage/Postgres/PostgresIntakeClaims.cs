using Dapper;
using Npgsql;
using QuanTrac.Storage.Cluster;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Inbox claims in the table <c>intake_claims</c>. A claim is one UPSERT that succeeds only on a free path, an
/// expired lease or the node's own claim, so two nodes racing for a file cannot both win it.
/// </summary>
sealed class PostgresIntakeClaims(NpgsqlDataSource source) : IIntakeClaims
{
    sealed record ClaimRow(string Path, bool TakenOver);

    public async Task<IReadOnlyList<IntakeClaim>> TryClaimAsync(string node, IReadOnlyList<string> paths, int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        if (paths.Count == 0 || max <= 0)
            return [];
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        // The NOT EXISTS pre-filter lets LIMIT count only paths that may be won (else a node would spend its whole
        // quota on files another node holds); the ON CONFLICT … WHERE is what decides a race. xmax <> 0 marks a
        // row that existed (an updated row), i.e. a claim taken over.
        var rows = await c.QueryAsync<ClaimRow>(new CommandDefinition("""
            INSERT INTO intake_claims AS c (path, node, claimed_at, lease_until)
            SELECT p.path, @node, now(), now() + @leaseMs * interval '1 millisecond'
            FROM unnest(@paths::text[]) WITH ORDINALITY AS p(path, n)
            WHERE NOT EXISTS (SELECT 1 FROM intake_claims h WHERE h.path = p.path AND h.lease_until >= now() AND h.node <> @node)
            ORDER BY p.n
            LIMIT @max
            ON CONFLICT (path) DO UPDATE SET node = excluded.node, claimed_at = excluded.claimed_at, lease_until = excluded.lease_until
            WHERE c.lease_until < now() OR c.node = excluded.node
            RETURNING c.path AS Path, NOT (c.xmax = 0) AS TakenOver
            """, new { node, paths = paths.ToArray(), max, leaseMs = lease.TotalMilliseconds }, cancellationToken: cancellationToken));
        // RETURNING follows no order; the caller reads files in the order it asked for.
        var won = rows.ToDictionary(r => r.Path, StringComparer.Ordinal);
        return [.. paths.Where(won.ContainsKey).Select(p => new IntakeClaim(p, won[p].TakenOver))];
    }

    public async Task RenewAsync(string node, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE intake_claims SET lease_until = now() + @leaseMs * interval '1 millisecond' WHERE node = @node",
            new { node, leaseMs = lease.TotalMilliseconds }, cancellationToken: cancellationToken));
    }

    public async Task ReleaseAsync(string node, IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        if (paths.Count == 0)
            return;
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intake_claims WHERE node = @node AND path = ANY(@paths)", new { node, paths = paths.ToArray() }, cancellationToken: cancellationToken));
    }

    public async Task<bool> IsRegisteredAsync(string fileName, string sha256, CancellationToken cancellationToken = default)
    {
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM files WHERE name = @fileName AND sha256 = @sha256)", new { fileName, sha256 }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<string>> ExpiredAsync(TimeSpan grace, int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        return [.. await c.QueryAsync<string>(new CommandDefinition(
            "SELECT path FROM intake_claims WHERE lease_until < now() - @graceMs * interval '1 millisecond' ORDER BY lease_until LIMIT @limit",
            new { graceMs = grace.TotalMilliseconds, limit }, cancellationToken: cancellationToken))];
    }

    public async Task<int> DeleteExpiredAsync(IReadOnlyList<string> paths, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        if (paths.Count == 0)
            return 0;
        await using var c = await source.OpenConnectionAsync(cancellationToken);
        return await c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM intake_claims WHERE path = ANY(@paths) AND lease_until < now() - @graceMs * interval '1 millisecond'",
            new { paths = paths.ToArray(), graceMs = grace.TotalMilliseconds }, cancellationToken: cancellationToken));
    }
}
