using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage;
using QuanTrac.Storage.Postgres;
using QuanTrac.Storage.Proficiency;
using QuanTrac.Storage.Sqlite;
using QuanTrac.TestKit;

namespace QuanTrac.Proficiency.Tests;

/// <summary>A migrated store (SQLite, or PostgreSQL when <see cref="TestPostgres"/> has a server) and the round services on a fake clock.</summary>
public sealed class RoundFixture : IAsyncDisposable
{
    readonly string? _directory;
    readonly string? _connection;

    RoundFixture(IQuanTracStore store, string? directory, string? connection)
    {
        Store = store;
        _directory = directory;
        _connection = connection;
        Rounds = new PtRounds((IProficiencyStore)store, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    public IQuanTracStore Store { get; }
    public IProficiencyStore Pt => (IProficiencyStore)Store;
    public PtRounds Rounds { get; }

    public static async Task<RoundFixture> SqliteAsync()
    {
        var dir = Directory.CreateTempSubdirectory("quantrac-pt-").FullName;
        var store = SqliteStore.OpenDirectory(dir);
        await store.MigrateAsync();
        return new(store, dir, null);
    }

    public static async Task<RoundFixture> PostgresAsync()
    {
        Skip.If(TestPostgres.Unavailable is not null, TestPostgres.Unavailable);
        var connection = await TestPostgres.CreateDatabaseAsync();
        var store = new PostgresStore(connection);
        await store.MigrateAsync();
        return new(store, null, connection);
    }

    /// <summary>Enrols labs <c>LAB-001…</c> as <c>P01…</c>.</summary>
    public Task<int> EnrolAsync(string round, int count)
    {
        var csv = new StringBuilder("lab,participant\n");
        for (var i = 1; i <= count; i++)
            csv.Append(FormattableString.Invariant($"LAB-{i:000},P{i:00}\n"));
        return Rounds.EnrolAsync(round, "labs.csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
        if (_connection is not null)
            await TestPostgres.DropDatabaseAsync(_connection);
    }
}
