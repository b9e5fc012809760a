using QuanTrac.Domain.Audit;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;
using QuanTrac.Storage.Quality;

namespace QuanTrac.Storage.Review;

/// <summary>What both stores do the same way around an audited write: the checks, the action and its audit row.</summary>
static class ReviewStores
{
    public static ReviewRefusedException UnknownStation(string station) =>
        new("UNKNOWN_STATION", $"Không có trạm '{station}' trong danh mục.", $"There is no station '{station}' in the registry.");

    /// <summary>Checks the request against the history and builds the action and its audit row (ids are the store's to set).</summary>
    public static (ReviewAction Action, AuditEntry Audit) Prepare(IReadOnlyList<ReviewAction> history, ReviewRequest r, DateTimeOffset recordedAt,
        AuditEntry? lastAudit, IReadOnlyList<DateTimeOffset> observedTimes)
    {
        ReviewPolicy.Check(history, r, observedTimes);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(recordedAt.ToUnixTimeMilliseconds());
        var action = new ReviewAction(0, r, at);
        var before = ReviewAudit.States(history, r);
        var after = ReviewAudit.States([.. history, action], r);
        var audit = AuditChain.Next(lastAudit, at, r.User, ReviewAudit.Action(r), ReviewAudit.Subject(r), before, after, r.Reason ?? "");
        return (action, audit);
    }

    /// <summary>True when the policy needs the observation times of the range (a level-2 decision).</summary>
    public static bool NeedsObservedTimes(ReviewRequest r) => r.Level == 2 && ReviewActionKinds.IsVerdict(r.Kind);

    public static bool Unchanged(StoredRuleSet? current, QcRuleSet ruleSet) =>
        current is not null && string.Equals(current.Version, ruleSet.Version, StringComparison.Ordinal);

    /// <summary>The stored row of a new rule-set version and its audit row (before: the version in force, after: the new one).</summary>
    public static (StoredRuleSet RuleSet, AuditEntry Audit) PrepareRuleSet(StoredRuleSet? current, QcRuleSet ruleSet, string user, string reason,
        DateTimeOffset at, AuditEntry? lastAudit)
    {
        if (string.IsNullOrWhiteSpace(user))
            throw new ReviewRefusedException("USER_REQUIRED", "Thiếu người thực hiện (--user).", "The user is required (--user).");
        if (string.IsNullOrWhiteSpace(reason))
            throw new ReviewRefusedException("REASON_REQUIRED", "Thay đổi bộ quy tắc cần lý do (--reason).", "A rule-set change needs a reason (--reason).");
        var time = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        var document = QcRuleSetJson.Write(ruleSet);
        var stored = new StoredRuleSet(0, ruleSet.Version, document, time, user.Trim(), reason.Trim());
        var before = current is null ? "default " + QcRuleSet.Default.Version : current.Version + " " + current.Document;
        var audit = AuditChain.Next(lastAudit, time, stored.CreatedBy, "qc.rules.set", "qc_rule_set", before, stored.Version + " " + document, stored.Reason);
        return (stored, audit);
    }
}
