namespace QuanTrac.Storage.Proficiency;

/// <summary>
/// Proficiency-testing schemes and rounds (tables <c>pt_*</c>); both stores implement it. Every write of a round checks
/// its status in the same transaction and throws <see cref="PtRoundStateException"/> when the round is published.
/// Unknown codes throw <see cref="KeyNotFoundException"/>; existing ones on create throw <see cref="InvalidOperationException"/>.
/// </summary>
public interface IProficiencyStore
{
    /// <summary>Creates a scheme.</summary>
    Task CreateSchemeAsync(PtScheme scheme, CancellationToken cancellationToken = default);

    /// <summary>The scheme with a code, or null.</summary>
    Task<PtScheme?> GetSchemeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Creates a round (status open) with its measurands.</summary>
    Task CreateRoundAsync(PtRound round, IReadOnlyList<PtMeasurand> measurands, CancellationToken cancellationToken = default);

    /// <summary>Adds a measurand to a round (its code unique within the round); the round's computation is dropped. Refused when published.</summary>
    Task AddMeasurandAsync(PtMeasurand measurand, CancellationToken cancellationToken = default);

    /// <summary>The round with a code, or null.</summary>
    Task<PtRound?> GetRoundAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>All rounds (of one scheme when given), ordered by creation time then code.</summary>
    Task<IReadOnlyList<PtRound>> GetRoundsAsync(string? scheme = null, CancellationToken cancellationToken = default);

    /// <summary>The measurands of a round, ordered by code, with their last computation.</summary>
    Task<IReadOnlyList<PtMeasurand>> GetMeasurandsAsync(string round, CancellationToken cancellationToken = default);

    /// <summary>Adds participants (codes and labs unique within the round); an existing identical pair is left as it is.</summary>
    Task AddParticipantsAsync(string round, IReadOnlyList<PtParticipant> participants, CancellationToken cancellationToken = default);

    /// <summary>The participants of a round, ordered by code.</summary>
    Task<IReadOnlyList<PtParticipant>> GetParticipantsAsync(string round, CancellationToken cancellationToken = default);

    /// <summary>Every participant entry of a laboratory, across rounds.</summary>
    Task<IReadOnlyList<PtParticipant>> GetParticipationsAsync(string lab, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces all results of a round in one transaction; scores and computations are dropped and the round goes back
    /// to open. Refused for a published round.
    /// </summary>
    Task ReplaceResultsAsync(string round, IReadOnlyList<PtResult> results, CancellationToken cancellationToken = default);

    /// <summary>The results of a round, ordered by measurand then participant.</summary>
    Task<IReadOnlyList<PtResult>> GetResultsAsync(string round, CancellationToken cancellationToken = default);

    /// <summary>Stores a computation (assignments per measurand code, every score) and sets the round computed. Refused when published.</summary>
    Task SaveComputationAsync(string round, IReadOnlyDictionary<string, PtAssignment> assignments, IReadOnlyList<PtScore> scores,
        DateTimeOffset computedAt, CancellationToken cancellationToken = default);

    /// <summary>The scores of a round, ordered by measurand then participant.</summary>
    Task<IReadOnlyList<PtScore>> GetScoresAsync(string round, CancellationToken cancellationToken = default);

    /// <summary>Publishes a computed round, freezing it. Refused unless computed.</summary>
    Task PublishAsync(string round, DateTimeOffset publishedAt, CancellationToken cancellationToken = default);
}
