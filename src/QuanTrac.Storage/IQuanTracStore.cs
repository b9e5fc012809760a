using QuanTrac.Domain.Stations;

namespace QuanTrac.Storage;

/// <summary>
/// The one store contract. SQLite implements it for a laptop or a single centre; PostgreSQL will implement
/// the same contract for a province or the nation. Every method is safe to call from several threads.
/// </summary>
public interface IQuanTracStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema; returns the schema version now in force.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>All registered stations, ordered by prefix.</summary>
    Task<IReadOnlyList<Station>> GetStationsAsync(CancellationToken cancellationToken = default);

    /// <summary>The station with a file-name prefix, or null.</summary>
    Task<Station?> GetStationAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Registers a station or replaces its registration (mappings included).</summary>
    Task SaveStationAsync(Station station, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits a batch of received files in one transaction: raw bytes into the content-addressed archive,
    /// one registry entry per file, and the observations of accepted files, idempotent on
    /// (station, parameter, observed_at). A resend with the same name and bytes as an accepted file is a
    /// duplicate and changes nothing but its receipt count; a changed value becomes a new version.
    /// </summary>
    Task<IReadOnlyList<FileOutcome>> CommitAsync(IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many <see cref="CommitAsync"/> calls on batches of different stations gain from running at once (default 1:
    /// a single-writer store such as SQLite serialises them anyway).
    /// </summary>
    int ConcurrentCommits => 1;

    /// <summary>The newest current value of each parameter of a station.</summary>
    Task<IReadOnlyList<StoredObservation>> GetLatestAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Observations matching a query, ordered by station, parameter, time and version.</summary>
    IAsyncEnumerable<StoredObservation> ReadSeriesAsync(SeriesQuery query, CancellationToken cancellationToken = default);

    /// <summary>The file registry, most recently registered first (by first receipt; the registry keeps no index on later receipts).</summary>
    Task<IReadOnlyList<FileEntry>> GetFilesAsync(FileQuery query, CancellationToken cancellationToken = default);

    /// <summary>The archived bytes with a SHA-256 (lower-case hex), or null when the archive has none.</summary>
    Task<byte[]?> GetRawBytesAsync(string sha256, CancellationToken cancellationToken = default);
}
