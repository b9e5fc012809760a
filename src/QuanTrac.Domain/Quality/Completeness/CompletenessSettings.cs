namespace QuanTrac.Domain.Quality.Completeness;

/// <summary>
/// Settings of the completeness and timeliness report (quality-control.md §3.2, project defaults, not law).
/// </summary>
public sealed record CompletenessSettings
{
    /// <summary>The default: on time within 5 minutes plus 60 s of grace.</summary>
    public static readonly CompletenessSettings Default = new();

    /// <summary>
    /// Longest <c>received_at − observed_at</c> for a record to count as on time, inclusive. Default 6 minutes: the
    /// legal 5 minutes (TT 10/2021 Art. 39) plus the spec's 60 s of grace for clocks and transfer.
    /// </summary>
    public TimeSpan OnTimeDelay { get; init; } = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(60);
}

/// <summary>How the report groups records.</summary>
public enum CompletenessPeriod
{
    /// <summary>One row per Vietnam-time day (the days of the daily means: records stamped (00:00 D, 00:00 D+1]).</summary>
    Day,
    /// <summary>One row per calendar month of those days, restricted to the requested dates.</summary>
    Month,
}
