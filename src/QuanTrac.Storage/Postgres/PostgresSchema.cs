using Npgsql;

namespace QuanTrac.Storage.Postgres;

/// <summary>
/// Versioned schema migrations of the PostgreSQL store, the same logical schema as the SQLite one. Observation
/// tables are partitioned by month of observed_at; partitions are created on demand by <see cref="PostgresPartitions"/>.
/// </summary>
static class PostgresSchema
{
    /// <summary>Migrations in order, one file each (PostgresMigrations.*.cs); index + 1 is the version. Append only.</summary>
    static readonly string[] Migrations =
    [
        PostgresMigrations.Registry,
        PostgresMigrations.Relay,
        PostgresMigrations.Cluster,
        PostgresMigrations.QcFlags,
        PostgresMigrations.Review,
        PostgresMigrations.Proficiency,
        PostgresMigrations.Accounts,
        PostgresMigrations.Alerts,
        PostgresMigrations.FileRegistryTrigger,
        PostgresMigrations.ByteOrderKeys,
        PostgresMigrations.RawPacks,
        PostgresMigrations.StationReading,
    ];

    public static int Latest => Migrations.Length;

    /// <summary>Applies the missing migrations under an advisory lock, so that several nodes starting together migrate once.</summary>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await Execute(connection, tx, "SELECT pg_advisory_xact_lock(7152001)", ct);
        await Execute(connection, tx, "CREATE TABLE IF NOT EXISTS quantrac_schema(version integer NOT NULL)", ct);
        await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM quantrac_schema", connection, tx))
        {
            var version = Convert.ToInt32(await read.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            if (version > Latest)
                throw new InvalidOperationException(
                    $"The database has schema version {version}, newer than this QuanTrac ({Latest}). / Cơ sở dữ liệu có phiên bản lược đồ {version}, mới hơn QuanTrac này ({Latest}).");
            for (; version < Latest; version++)
            {
                await Execute(connection, tx, Migrations[version], ct);
                await Execute(connection, tx, $"INSERT INTO quantrac_schema VALUES ({version + 1})", ct);
            }
            await tx.CommitAsync(ct);
            return version;
        }
    }

    static async Task Execute(NpgsqlConnection c, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, c, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
