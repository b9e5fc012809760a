using Microsoft.Data.Sqlite;

namespace QuanTrac.Storage.Sqlite;

/// <summary>
/// Versioned schema migrations of the SQLite store. The version lives in <c>PRAGMA user_version</c>;
/// each migration runs once, in order, inside a transaction.
/// </summary>
static class SqliteSchema
{
    /// <summary>Migrations in order, one file each (SqliteMigrations.*.cs); index + 1 is the version a migration brings the schema to. Append only.</summary>
    static readonly string[] Migrations =
    [
        SqliteMigrations.Registry,
        SqliteMigrations.Relay,
        SqliteMigrations.QcFlags,
        SqliteMigrations.Review,
        SqliteMigrations.Proficiency,
        SqliteMigrations.Accounts,
        SqliteMigrations.Alerts,
        SqliteMigrations.StationReading,
    ];

    /// <summary>The version the code expects.</summary>
    public static int Latest => Migrations.Length;

    /// <summary>Applies the missing migrations; returns the resulting version.</summary>
    public static int Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Latest)
            throw new InvalidOperationException(
                $"The database has schema version {version}, newer than this QuanTrac ({Latest}). Upgrade QuanTrac. / Cơ sở dữ liệu có phiên bản lược đồ {version}, mới hơn QuanTrac này ({Latest}).");
        for (; version < Latest; version++)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Migrations[version] + $"\nPRAGMA user_version = {version + 1};";
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        return version;
    }

    static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
