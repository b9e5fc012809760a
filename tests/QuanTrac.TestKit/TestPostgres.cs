using Npgsql;

namespace QuanTrac.TestKit;

/// <summary>
/// A throw-away PostgreSQL database per test class on the server named by <c>QUANTRAC_TEST_POSTGRES</c>
/// (set by <c>./test.sh</c> after <c>scripts/postgres-for-tests.sh</c>). Without it the PostgreSQL tests are
/// skipped with that reason, never silently passed.
/// </summary>
public static class TestPostgres
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "QUANTRAC_TEST_POSTGRES";

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))
            ? $"no PostgreSQL server: set {Variable} (./test.sh starts one with scripts/postgres-for-tests.sh)"
            : null;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(Variable));
        var name = "quantrac_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(server.ConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        server.Database = name;
        return server.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        await using var c = new NpgsqlConnection(builder.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
