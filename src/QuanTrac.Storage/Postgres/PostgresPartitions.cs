using System.Collections.Concurrent;
using System.Globalization;
using Npgsql;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Creates the monthly partitions of the observation tables before data for a month arrive. Each partition is
/// created once, in its own short transaction under an advisory lock, so that nodes ingesting together never
/// race and data transactions never hold DDL locks.
/// </summary>
sealed class PostgresPartitions
{
    readonly ConcurrentDictionary<(int Year, int Month), bool> _known = new();

    /// <summary>Makes sure a partition exists for every month (UTC) of the given instants.</summary>
    public async Task EnsureAsync(NpgsqlDataSource source, IEnumerable<DateTimeOffset> instants, CancellationToken ct)
    {
        var months = instants.Select(t => (t.UtcDateTime.Year, t.UtcDateTime.Month)).Distinct().Where(m => !_known.ContainsKey(m)).ToList();
        if (months.Count == 0)
            return;
        await using var c = await source.OpenConnectionAsync(ct);
        foreach (var (year, month) in months)
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var from = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
            var suffix = string.Create(CultureInfo.InvariantCulture, $"y{year:D4}m{month:D2}");
            var bounds = string.Create(CultureInfo.InvariantCulture, $"FROM ('{from:yyyy-MM-dd} 00:00:00+00') TO ('{from.AddMonths(1):yyyy-MM-dd} 00:00:00+00')");
            await using (var cmd = new NpgsqlCommand($"""
                SELECT pg_advisory_xact_lock(7152002);
                CREATE TABLE IF NOT EXISTS observations_{suffix} PARTITION OF observations FOR VALUES {bounds};
                CREATE TABLE IF NOT EXISTS observation_history_{suffix} PARTITION OF observation_history FOR VALUES {bounds};
                """, c, tx))
                await cmd.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            _known[(year, month)] = true;
        }
    }
}
