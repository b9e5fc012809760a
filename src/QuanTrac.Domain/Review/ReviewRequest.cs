namespace QuanTrac.Domain.Review;

/// <summary>
/// A review action someone asks for, before the policy accepts it. The range is the closed interval
/// [<see cref="From"/>, <see cref="To"/>] of observation times (a single value has From = To); instants are kept to
/// the second, like observation times.
/// </summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code.</param>
/// <param name="From">First observation time covered, inclusive.</param>
/// <param name="To">Last observation time covered, inclusive.</param>
/// <param name="Kind">What to do.</param>
/// <param name="Level">Review level, 1 (reviewer) or 2 (approver); ignored for <see cref="ReviewActionKind.Reopen"/>.</param>
/// <param name="User">Who acts (account name, compared case-insensitively).</param>
/// <param name="Reason">Why; required for every kind except approve.</param>
/// <param name="Value">The new value of a correction, in the parameter's canonical unit; null for other kinds.</param>
public sealed record ReviewRequest(string Station, string Parameter, DateTimeOffset From, DateTimeOffset To, ReviewActionKind Kind,
    int Level, string User, string? Reason, decimal? Value = null)
{
    /// <summary>This request with its instants truncated to the second (what the store keeps).</summary>
    public ReviewRequest Normalized() => this with
    {
        From = DateTimeOffset.FromUnixTimeSeconds(From.ToUnixTimeSeconds()),
        To = DateTimeOffset.FromUnixTimeSeconds(To.ToUnixTimeSeconds()),
        Level = Kind == ReviewActionKind.Reopen ? 2 : Level,
        User = User.Trim(),
        Reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim(),
    };
}
