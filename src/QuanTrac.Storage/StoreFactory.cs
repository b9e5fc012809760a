using QuanTrac.Storage.Postgres;
using QuanTrac.Storage.Sqlite;

namespace QuanTrac.Storage;

/// <summary>Opens the store named on a command line: <c>--data DIR</c> or <c>--db CONNECTION</c>.</summary>
public static class StoreFactory
{
    /// <summary>The default data folder, <c>./data</c>.</summary>
    public const string DefaultDataDirectory = "data";

    /// <summary>
    /// Opens and migrates a store. <paramref name="connection"/> may be <c>sqlite:PATH</c>, a path ending in
    /// <c>.db</c>, <c>postgres://user:pass@host:port/db</c> or an Npgsql connection string (<c>Host=…</c>).
    /// </summary>
    public static async Task<IQuanTracStore> OpenAsync(string? dataDirectory, string? connection, CancellationToken cancellationToken = default) =>
        (await OpenMigratedAsync(dataDirectory, connection, cancellationToken)).Store;

    /// <summary>As <see cref="OpenAsync"/>, also returning the schema version the migration left in force.</summary>
    public static async Task<(IQuanTracStore Store, int SchemaVersion)> OpenMigratedAsync(string? dataDirectory, string? connection,
        CancellationToken cancellationToken = default)
    {
        IQuanTracStore store = connection switch
        {
            null => SqliteStore.OpenDirectory(dataDirectory ?? DefaultDataDirectory),
            _ when connection.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) => new SqliteStore(connection["sqlite:".Length..]),
            _ when connection.EndsWith(".db", StringComparison.OrdinalIgnoreCase) => new SqliteStore(connection),
            _ when connection.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) || connection.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                => new PostgresStore(connection),
            _ => throw new StoreUnavailableException(
                $"Unknown database '{connection}': use postgres://user:pass@host:port/db, sqlite:PATH or a path ending in .db. / Không nhận ra cơ sở dữ liệu '{connection}'."),
        };
        return (store, await store.MigrateAsync(cancellationToken));
    }
}

/// <summary>The store named on the command line cannot be opened.</summary>
public sealed class StoreUnavailableException(string message) : Exception(message);
