using QuanTrac.Domain.Audit;
using QuanTrac.Domain.Review;

namespace QuanTrac.Storage.Review;

/// <summary>
/// Review actions (table <c>review_actions</c>) and the audit log (table <c>audit_log</c>), both append-only: the
/// database refuses UPDATE and DELETE on them, and no method here changes a row. Both stores implement it.
/// </summary>
public interface IReviewStore
{
    /// <summary>
    /// Appends a review action after checking it with <see cref="ReviewPolicy"/> against every earlier action of its
    /// station parameter, and its audit row (who, when, what, states before and after, why), in one transaction
    /// serialized with every other audited write. Throws <see cref="ReviewRefusedException"/> when refused (nothing written).
    /// </summary>
    /// <param name="request">The normalized request (see <see cref="ReviewRequest.Normalized"/>).</param>
    /// <param name="recordedAt">Now, from the caller's TimeProvider (kept to the millisecond).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task<ReviewAction> AppendReviewAsync(ReviewRequest request, DateTimeOffset recordedAt, CancellationToken cancellationToken = default);

    /// <summary>Review actions matching a query, in id (append) order.</summary>
    Task<IReadOnlyList<ReviewAction>> GetReviewActionsAsync(ReviewActionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every audit row in <c>seq</c> order, as stored (to be checked with <see cref="AuditChain.Verify"/>).</summary>
    IAsyncEnumerable<AuditEntry> ReadAuditAsync(CancellationToken cancellationToken = default);
}

/// <summary>Which review actions to read; null means any.</summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="AsOf">Only actions recorded at or before this instant.</param>
public sealed record ReviewActionQuery(string? Station = null, string? Parameter = null, DateTimeOffset? AsOf = null);
