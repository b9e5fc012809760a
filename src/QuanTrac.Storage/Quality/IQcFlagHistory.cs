namespace QuanTrac.Storage.Quality;

/// <summary>
/// Flags as they stood at any instant. A replacement moves the flags it removes into <c>qc_flag_history</c>
/// (append-only) with the instant they stopped being in force, so the flags of <c>qc_flags</c> plus that history
/// answer "which flags were there at T": those evaluated at or before T and not superseded by T.
/// </summary>
public interface IQcFlagHistory
{
    /// <summary>As <see cref="IQcFlagStore.ReplaceFlagsAsync"/>, recording <paramref name="replacedAt"/> (the run's time) on the flags it supersedes.</summary>
    Task<int> ReplaceFlagsAsync(string station, string parameter, DateTimeOffset? from, DateTimeOffset? to,
        string ruleSetVersion, IReadOnlyList<StoredQcFlag> flags, DateTimeOffset replacedAt, CancellationToken cancellationToken = default);

    /// <summary>The flags of one rule set on one station (and parameter) in force at <see cref="FlagReadQuery.AsOf"/>, ordered by parameter and time.</summary>
    Task<IReadOnlyList<SeriesFlag>> ReadFlagsAsync(FlagReadQuery query, CancellationToken cancellationToken = default);
}

/// <summary>Which flags to read. Observation-time bounds are inclusive; null means unbounded / now.</summary>
/// <param name="Station">Station prefix.</param>
/// <param name="RuleSetVersion">Rule-set version whose flags to read.</param>
/// <param name="Parameter">Canonical parameter code, or null for all.</param>
/// <param name="From">Earliest observed_at.</param>
/// <param name="To">Latest observed_at.</param>
/// <param name="AsOf">The instant the flags are read at; null for the flags in force now.</param>
/// <param name="Details">False: leave <see cref="StoredQcFlag.Detail"/> empty (a layer needs only rule ids and severities,
/// and the bilingual texts are most of the bytes).</param>
public sealed record FlagReadQuery(string Station, string RuleSetVersion, string? Parameter = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, DateTimeOffset? AsOf = null, bool Details = true);

/// <summary>A flag with the parameter it belongs to.</summary>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="Flag">The flag.</param>
public sealed record SeriesFlag(string Parameter, StoredQcFlag Flag);
