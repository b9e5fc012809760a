namespace QuanTrac.Domain.Standards.Averaging;

/// <summary>
/// Completeness settings (quality-control.md §3.1, project rules, not law: "completeness rule: QuanTrac
/// default 75 %").
/// </summary>
public sealed record AveragingSettings
{
    /// <summary>The default: 75 % for every level (9 of 12 five-minute values, 6 of 8 hours, 18 of 24 hours, 75 % of the days).</summary>
    public static readonly AveragingSettings Default = new();

    /// <summary>
    /// Minimum coverage, in percent (0–100), of valid values over expected values for a mean to be valid;
    /// the comparison is "at least". Default 75.
    /// </summary>
    public decimal CoverageThresholdPercent { get; init; } = 75m;

    /// <summary>
    /// Minimum coverage for the 8-hour rolling mean, in percent; default 75 (6 of 8). The spec's option
    /// "require all 8" is 100.
    /// </summary>
    public decimal RollingCoverageThresholdPercent { get; init; } = 75m;
}
