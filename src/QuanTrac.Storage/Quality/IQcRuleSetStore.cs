using QuanTrac.Domain.Quality;

namespace QuanTrac.Storage.Quality;

/// <summary>
/// Versioned QC rule sets (table <c>qc_rule_sets</c>, append-only): saving a changed rule set adds a version, older
/// versions are kept, the newest is in force. Each save is written to the audit log in the same transaction.
/// </summary>
public interface IQcRuleSetStore
{
    /// <summary>
    /// Stores <paramref name="ruleSet"/> as the version in force, unless it equals the one in force already (same
    /// content hash): then nothing is written and that one is returned with <c>Created</c> false.
    /// </summary>
    Task<(StoredRuleSet RuleSet, bool Created)> SaveRuleSetAsync(QcRuleSet ruleSet, string user, string reason, DateTimeOffset at,
        CancellationToken cancellationToken = default);

    /// <summary>Every stored version, oldest first.</summary>
    Task<IReadOnlyList<StoredRuleSet>> GetRuleSetsAsync(CancellationToken cancellationToken = default);
}

/// <summary>One stored rule-set version.</summary>
/// <param name="Id">Append order (1, 2, …).</param>
/// <param name="Version">Content hash (<see cref="QcRuleSet.Version"/>).</param>
/// <param name="Document">The JSON document (<see cref="QcRuleSetJson"/>).</param>
/// <param name="CreatedAt">When it came into force (UTC, milliseconds).</param>
/// <param name="CreatedBy">Who stored it.</param>
/// <param name="Reason">Why.</param>
public sealed record StoredRuleSet(long Id, string Version, string Document, DateTimeOffset CreatedAt, string CreatedBy, string Reason)
{
    /// <summary>The rule set the document describes.</summary>
    public QcRuleSet RuleSet => QcRuleSetJson.Read(Document);
}

/// <summary>Which rule set is in force.</summary>
public static class QcRuleSets
{
    /// <summary>
    /// The rule set in force at <paramref name="asOf"/> (null: now): the newest stored version created at or before it,
    /// or <see cref="QcRuleSet.Default"/> when none is stored (or the store keeps none).
    /// </summary>
    public static async Task<QcRuleSet> InForceAsync(IQuanTracStore store, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        if (store is not IQcRuleSetStore sets)
            return QcRuleSet.Default;
        var found = (await sets.GetRuleSetsAsync(cancellationToken)).LastOrDefault(s => asOf is null || s.CreatedAt <= asOf);
        return found?.RuleSet ?? QcRuleSet.Default;
    }
}
