using Npgsql;
using QuanTrac.Storage.Common;
using QuanTrac.Storage.Proficiency;
using QuanTrac.Storage.ReferenceChecks;

namespace QuanTrac.Storage.Postgres;

/// <summary>Proficiency testing and reference-material checks in the server store; each write is one transaction that locks the round row it changes.</summary>
public sealed partial class PostgresStore : IProficiencyStore, IReferenceCheckStore
{
    static readonly SqlDialect Dialect = SqlDialect.Postgres;

    async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write, CancellationToken ct)
    {
        await using var c = await _source.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var result = await write(c, tx);
        await tx.CommitAsync(ct);
        return result;
    }

    Task WriteAsync(Func<NpgsqlConnection, NpgsqlTransaction, Task> write, CancellationToken ct) =>
        WriteAsync(async (c, tx) => { await write(c, tx); return true; }, ct);

    async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> read, CancellationToken ct = default)
    {
        await using var c = await _source.OpenConnectionAsync(ct);
        return await read(c);
    }

    /// <inheritdoc/>
    public Task CreateSchemeAsync(PtScheme scheme, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.CreateSchemeAsync(c, tx, Dialect, scheme, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<PtScheme?> GetSchemeAsync(string code, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetSchemeAsync(c, Dialect, code, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task CreateRoundAsync(PtRound round, IReadOnlyList<PtMeasurand> measurands, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.CreateRoundAsync(c, tx, Dialect, round, measurands, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task AddMeasurandAsync(PtMeasurand measurand, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.AddMeasurandAsync(c, tx, Dialect, measurand, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public async Task<PtRound?> GetRoundAsync(string code, CancellationToken cancellationToken = default) =>
        (await ReadAsync(c => ProficiencySql.GetRoundsAsync(c, Dialect, code, null, cancellationToken), cancellationToken)).FirstOrDefault();

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtRound>> GetRoundsAsync(string? scheme = null, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetRoundsAsync(c, Dialect, null, scheme, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtMeasurand>> GetMeasurandsAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetMeasurandsAsync(c, round, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task AddParticipantsAsync(string round, IReadOnlyList<PtParticipant> participants, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.AddParticipantsAsync(c, tx, Dialect, round, participants, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtParticipant>> GetParticipantsAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetParticipantsAsync(c, null, round, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtParticipant>> GetParticipationsAsync(string lab, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetParticipationsAsync(c, lab, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task ReplaceResultsAsync(string round, IReadOnlyList<PtResult> results, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.ReplaceResultsAsync(c, tx, Dialect, round, results, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtResult>> GetResultsAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetResultsAsync(c, round, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task SaveComputationAsync(string round, IReadOnlyDictionary<string, PtAssignment> assignments, IReadOnlyList<PtScore> scores,
        DateTimeOffset computedAt, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.SaveComputationAsync(c, tx, Dialect, round, assignments, scores, computedAt, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PtScore>> GetScoresAsync(string round, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ProficiencySql.GetScoresAsync(c, round, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task PublishAsync(string round, DateTimeOffset publishedAt, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ProficiencySql.PublishAsync(c, tx, Dialect, round, publishedAt, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<int> RecordChecksAsync(IReadOnlyList<StoredReferenceCheck> checks, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => ReferenceCheckSql.RecordAsync(c, tx, Dialect, checks, cancellationToken), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredReferenceCheck>> GetChecksAsync(string? station = null, string? parameter = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, CancellationToken cancellationToken = default) =>
        ReadAsync(c => ReferenceCheckSql.ReadAsync(c, Dialect, station, parameter, from, to, cancellationToken), cancellationToken);
}
