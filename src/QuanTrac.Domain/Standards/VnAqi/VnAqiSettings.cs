using QuanTrac.Domain.Standards.Averaging;

namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>
/// Completeness rules of the daily VN_AQI (air-quality-index.md §7). These are project rules, not law:
/// label them "completeness rule: QuanTrac default 75 %".
/// </summary>
public sealed record VnAqiSettings
{
    /// <summary>The defaults: 75 % (18 of 24 hours, 6 of 8 for 8-h means), incomplete days not accepted.</summary>
    public static readonly VnAqiSettings Default = new();

    /// <summary>
    /// Coverage thresholds: <see cref="AveragingSettings.CoverageThresholdPercent"/> for the 24 hourly means of a
    /// day (PM 24-h mean, daily maxima, and the day's 24 8-h means); <see cref="AveragingSettings.RollingCoverageThresholdPercent"/>
    /// for each 8-hour mean.
    /// </summary>
    public AveragingSettings Averaging { get; init; } = AveragingSettings.Default;

    /// <summary>
    /// Option of §7: accept a daily maximum (1-h or 8-h) from an incomplete day when the sub-index it gives is
    /// above 100 (the day can only be worse). Default false.
    /// </summary>
    public bool AcceptIncompleteDayAbove100 { get; init; }
}
