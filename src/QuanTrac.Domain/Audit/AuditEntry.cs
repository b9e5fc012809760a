namespace QuanTrac.Domain.Audit;

/// <summary>
/// One row of the audit log: who did what, when, to what, what it was before and after, and why. Rows are chained:
/// each one's <see cref="Hash"/> covers its content and the previous row's hash, so a changed, removed or inserted
/// row breaks the chain from there on.
/// </summary>
/// <param name="Seq">Position in the chain, 1, 2, … without gaps.</param>
/// <param name="RecordedAt">When (UTC, millisecond precision).</param>
/// <param name="Actor">Who (account name).</param>
/// <param name="Action">What, e.g. <c>review.correct</c>, <c>review.reopen</c>, <c>qc.rules.set</c>.</param>
/// <param name="Subject">On what, e.g. <c>station=…;parameter=…;from=…;to=…;level=1</c>.</param>
/// <param name="Before">The state before (text, may be empty).</param>
/// <param name="After">The state after.</param>
/// <param name="Reason">Why (may be empty).</param>
/// <param name="PreviousHash">Hash of row <c>Seq − 1</c>; 64 zeros for the first row.</param>
/// <param name="Hash">SHA-256 (lower-case hex) of the canonical content and <paramref name="PreviousHash"/>.</param>
public sealed record AuditEntry(long Seq, DateTimeOffset RecordedAt, string Actor, string Action, string Subject,
    string Before, string After, string Reason, string PreviousHash, string Hash);
