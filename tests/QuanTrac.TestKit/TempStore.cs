using Microsoft.Data.Sqlite;
using QuanTrac.Storage;
using QuanTrac.Storage.Sqlite;

namespace QuanTrac.TestKit;

/// <summary>A migrated SQLite store in a fresh temporary folder, deleted on dispose.</summary>
public sealed class TempStore : IAsyncDisposable
{
    TempStore(string directory, IQuanTracStore store)
    {
        Directory = directory;
        Store = store;
    }

    /// <summary>The data folder.</summary>
    public string Directory { get; }

    /// <summary>The open store.</summary>
    public IQuanTracStore Store { get; }

    /// <summary>Creates and migrates a store.</summary>
    public static async Task<TempStore> CreateAsync()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("quantrac-test-").FullName;
        var store = SqliteStore.OpenDirectory(dir);
        await store.MigrateAsync();
        return new TempStore(dir, store);
    }

    /// <summary>
    /// Every version of every observation as comparable text lines (station, parameter, time, value, unit,
    /// status, flags, file, version, current) — receipt times left out, they differ from run to run.
    /// </summary>
    public Task<List<string>> SnapshotAsync(bool allVersions = true) => SnapshotAsync(Store, allVersions);

    /// <summary>The same snapshot of any store (SQLite or PostgreSQL), for comparing the two.</summary>
    public static async Task<List<string>> SnapshotAsync(IQuanTracStore store, bool allVersions = true)
    {
        var lines = new List<string>();
        await foreach (var s in store.ReadSeriesAsync(new SeriesQuery(AllVersions: allVersions)))
        {
            var o = s.Observation;
            lines.Add(FormattableString.Invariant(
                $"{o.StationPrefix}|{o.ParameterCode}|{o.ObservedAt:O}|{o.Value}|{o.Unit}|{o.Status}|{o.Flags & ~Domain.Observations.ObservationFlags.Late}|{s.FileSha256}|{s.Version}|{s.IsCurrent}"));
        }
        return lines;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
