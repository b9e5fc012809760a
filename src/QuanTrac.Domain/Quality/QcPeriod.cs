namespace QuanTrac.Domain.Quality;

/// <summary>A period [From, To): From included, To excluded; To null = still open.</summary>
/// <param name="From">Start, included.</param>
/// <param name="To">End, excluded, or null when the period has not ended.</param>
public readonly record struct QcPeriod(DateTimeOffset From, DateTimeOffset? To)
{
    /// <summary>True when <paramref name="instant"/> lies in the period.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= From && (To is not { } to || instant < to);
}
