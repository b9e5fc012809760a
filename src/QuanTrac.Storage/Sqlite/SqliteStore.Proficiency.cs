using Microsoft.Data.Sqlite;
using QuanTrac.Storage.Common;
using QuanTrac.Storage.Proficiency;
using QuanTrac.Storage.ReferenceChecks;

namespace QuanTrac.Storage.Sqlite;

/// <summary>Proficiency testing and reference-material checks in the embedded store; writes go through the one writer.</summary>
public sealed partial class SqliteStore : IProficiencyStore, IReferenceCheckStore
{
    static readonly SqlDialect Dialect = SqlDialect.Sqlite;

    async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var tx = (SqliteTransaction)await _writer.BeginTransactionAsync(ct);
            var result = await write(_writer, tx);
            await tx.CommitAsync(ct);
            return result;
        }
        finally { _writeLock.Release(); }
    }

    Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> write, CancellationToken ct) =>
        WriteAsync(async (c, tx) => { await write(c, tx); return true; }, ct);

    async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read)
    {
        await using var c = Open();
        return await read(c);
    }

    /// <inheritdoc/>
    public Task CreateSchemeAsync(PtScheme scheme, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.CreateSchemeAsync(c, tx, Dialect, scheme, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<PtScheme?> GetSchemeAsync(string code, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetSchemeAsync(c, Dialect, code, cancellationToken));

    /// <inheritdoc/>
    public Task CreateRoundAsync(PtRound round, IReadOnlyList<PtMeasurand> measurands, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.CreateRoundAsync(c, tx, Dialect, round, measurands, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task AddMeasurandAsync(PtMeasurand measurand, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.AddMeasurandAsync(c, tx, Dialect, measurand, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public async Task<PtRound?> GetRoundAsync(string code, CancellationToken cancellationToken = default) =>
        (await ReadAsync(c => ProficiencySql.GetRoundsAsync(c, Dialect, code, null, cancellationToken))).FirstOrDefault();

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtRound>> GetRoundsAsync(string? scheme = null, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetRoundsAsync(c, Dialect, null, scheme, cancellationToken));

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtMeasurand>> GetMeasurandsAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetMeasurandsAsync(c, round, cancellationToken));

    /// <inheritdoc/>
    public Task AddParticipantsAsync(string round, IReadOnlyList<PtParticipant> participants, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.AddParticipantsAsync(c, tx, Dialect, round, participants, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtParticipant>> GetParticipantsAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetParticipantsAsync(c, null, round, cancellationToken));

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtParticipant>> GetParticipationsAsync(string lab, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetParticipationsAsync(c, lab, cancellationToken));

    /// <inheritdoc/>
    public Task ReplaceResultsAsync(string round, IReadOnlyList<PtResult> results, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.ReplaceResultsAsync(c, tx, Dialect, round, results, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtResult>> GetResultsAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetResultsAsync(c, round, cancellationToken));

    /// <inheritdoc/>
    public Task SaveComputationAsync(string round, IReadOnlyDictionary<string, PtAssignment> assignments, IReadOnlyList<PtScore> scores,
        DateTimeOffset computedAt, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.SaveComputationAsync(c, tx, Dialect, round, assignments, scores, computedAt, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtScore>> GetScoresAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetScoresAsync(c, round, cancellationToken));

    /// <inheritdoc/>
    public Task PublishAsync(string round, DateTimeOffset publishedAt, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.PublishAsync(c, tx, Dialect, round, publishedAt, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<int> RecordChecksAsync(IReadOnlyList<StoredReferenceCheck> checks, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ReferenceCheckSql.RecordAsync(c, tx, Dialect, checks, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredReferenceCheck>> GetChecksAsync(string? station = null, string? parameter = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ReferenceCheckSql.ReadAsync(c, Dialect, station, parameter, from, to, cancellationToken));
}
