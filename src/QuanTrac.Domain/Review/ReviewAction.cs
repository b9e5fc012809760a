namespace QuanTrac.Domain.Review;

/// <summary>
/// A review action as recorded: append-only, never changed. Actions of one station parameter, in
/// <see cref="Id"/> order, are all a reader needs to know the review state of any value at any past instant.
/// </summary>
/// <param name="Id">Position in the store's append order (1, 2, …; gaps allowed).</param>
/// <param name="Request">What was done, normalized.</param>
/// <param name="RecordedAt">When it was recorded (UTC, millisecond precision), from the caller's TimeProvider.</param>
public sealed record ReviewAction(long Id, ReviewRequest Request, DateTimeOffset RecordedAt)
{
    /// <summary>True when the action's range contains the observation time <paramref name="at"/>.</summary>
    public bool Covers(DateTimeOffset at) => Request.From <= at && at <= Request.To;

    /// <summary>True when the action's range meets [from, to].</summary>
    public bool Overlaps(DateTimeOffset from, DateTimeOffset to) => Request.From <= to && from <= Request.To;
}
