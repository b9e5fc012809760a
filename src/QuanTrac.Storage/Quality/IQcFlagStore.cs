using QuanTrac.Domain.Quality;

namespace QuanTrac.Storage.Quality;

/// <summary>
/// The automatic QC flags (table <c>qc_flags</c>): derived data, never the observations themselves. Kept apart
/// from <see cref="IQuanTracStore"/> like the relay outbox; both stores implement it.
/// </summary>
public interface IQcFlagStore
{
    /// <summary>
    /// Replaces, in one transaction, every flag of one station parameter with observed_at in
    /// [<paramref name="from"/>, <paramref name="to"/>] (null: unbounded) raised by rule set
    /// <paramref name="ruleSetVersion"/> with <paramref name="flags"/>, which must lie in that range and carry that
    /// rule-set version. Flags of other rule sets, parameters and times are untouched; so are the observations.
    /// Returns the number of flags stored.
    /// </summary>
    Task<int> ReplaceFlagsAsync(string station, string parameter, DateTimeOffset? from, DateTimeOffset? to,
        string ruleSetVersion, IReadOnlyList<StoredQcFlag> flags, CancellationToken cancellationToken = default);

    /// <summary>Number of stored flags matching a query (null: any), of every rule set.</summary>
    Task<long> CountFlagsAsync(QcFlagQuery query, CancellationToken cancellationToken = default);
}

/// <summary>One stored flag on one observation version.</summary>
/// <param name="ObservedAt">Observation time of the flagged value.</param>
/// <param name="Version">Version of the observation evaluated.</param>
/// <param name="RuleId">Rule id, e.g. <c>stuck</c>.</param>
/// <param name="RuleVersion">Version of the rule on this series.</param>
/// <param name="Code">Flag name, e.g. <c>CALIBRATION</c>.</param>
/// <param name="Severity">Effect on use.</param>
/// <param name="Detail">Why, in Vietnamese and English.</param>
/// <param name="EvaluatedAt">When the QC run happened.</param>
/// <param name="RuleSetVersion">Content hash of the rule set of the run.</param>
public sealed record StoredQcFlag(DateTimeOffset ObservedAt, int Version, string RuleId, string RuleVersion, string Code,
    QcSeverity Severity, string Detail, DateTimeOffset EvaluatedAt, string RuleSetVersion);

/// <summary>Which flags to count. Bounds are inclusive; null means any.</summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="From">Earliest observed_at.</param>
/// <param name="To">Latest observed_at.</param>
/// <param name="RuleId">Rule id.</param>
/// <param name="RuleSetVersion">Rule-set version.</param>
public sealed record QcFlagQuery(string? Station = null, string? Parameter = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    string? RuleId = null, string? RuleSetVersion = null);

/// <summary>Shared argument checks of the implementations.</summary>
static class QcFlagChecks
{
    public static void Validate(DateTimeOffset? from, DateTimeOffset? to, string ruleSetVersion, IReadOnlyList<StoredQcFlag> flags)
    {
        foreach (var f in flags)
        {
            if ((from is { } lo && f.ObservedAt < lo) || (to is { } hi && f.ObservedAt > hi))
                throw new ArgumentException($"Flag at {f.ObservedAt:O} lies outside the replaced range.", nameof(flags));
            if (!string.Equals(f.RuleSetVersion, ruleSetVersion, StringComparison.Ordinal))
                throw new ArgumentException($"Flag of rule set {f.RuleSetVersion} in a replacement of rule set {ruleSetVersion}.", nameof(flags));
        }
    }

    public static QcSeverity ParseSeverity(string s) => s switch
    {
        "info" => QcSeverity.Info,
        "suspect" => QcSeverity.Suspect,
        _ => QcSeverity.Invalid,
    };

    /// <summary>
    /// The supersession time when the caller gives no run time: the evaluation time its flags carry. With no flags
    /// either, the Unix epoch: the replaced flags are kept in the history but drop out of as-of reads. QcRun always
    /// gives the run time (<see cref="IQcFlagHistory.ReplaceFlagsAsync"/>).
    /// </summary>
    public static DateTimeOffset ReplacedAt(IReadOnlyList<StoredQcFlag> flags) =>
        flags.Count > 0 ? flags.Max(f => f.EvaluatedAt) : DateTimeOffset.UnixEpoch;

    public static string Severity(QcSeverity s) => s switch
    {
        QcSeverity.Info => "info",
        QcSeverity.Suspect => "suspect",
        _ => "invalid",
    };
}
