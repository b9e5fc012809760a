using Microsoft.Data.Sqlite;
using QuanTrac.Storage.Postgres;
using QuanTrac.Storage.Sqlite;
using QuanTrac.TestKit;

namespace QuanTrac.Storage.Tests;

/// <summary>
/// A throw-away database of one store kind under a contract test class: each contract (store, accounts, alerts,
/// proficiency, relay, review) is written once against <see cref="IQuanTracStore"/> and run on every kind.
/// </summary>
public abstract class TestDatabase
{
    /// <summary>Makes the database and opens an (unmigrated) store on it.</summary>
    public abstract Task<IQuanTracStore> CreateStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made, after the store is closed.</summary>
    public abstract Task CleanUpAsync();
}

/// <summary>An SQLite store in a fresh temporary folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    /// <summary>The data folder (the database is <c>quantrac.db</c> in it).</summary>
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("quantrac-store-").FullName;

    /// <inheritdoc/>
    public override Task<IQuanTracStore> CreateStoreAsync() => Task.FromResult<IQuanTracStore>(SqliteStore.OpenDirectory(Directory));

    /// <inheritdoc/>
    public override Task CleanUpAsync()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>A new database on the test PostgreSQL server; the test is skipped, with the reason, when there is none.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>The database's connection string, once made.</summary>
    public string? ConnectionString { get; private set; }

    /// <inheritdoc/>
    public override async Task<IQuanTracStore> CreateStoreAsync()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        return new PostgresStore(ConnectionString);
    }

    /// <inheritdoc/>
    public override async Task CleanUpAsync()
    {
        if (ConnectionString is not null)
            await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
