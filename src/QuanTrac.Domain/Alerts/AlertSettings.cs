namespace QuanTrac.Domain.Alerts;

/// <summary>
/// Thresholds and hysteresis of the alert engine (quality-control.md §3.3–§3.5; project defaults, not law). Levels
/// are fractions of the limit as a share of the way to it: for a maximum L the value ÷ L; for a minimum L the
/// mirror 2 − value ÷ L (120 % of L is 0.8); for a range the distance from its centre ÷ its half-width (pH 6–9:
/// 8.7 or 6.3 is 0.8). Breaking the limit itself (the standards engine's verdict) is the alarm level.
/// </summary>
public sealed record AlertSettings
{
    /// <summary>The defaults: 80 / 90 / 100 %, clear below 75 % for 60 minutes; silence 3 intervals / 60 minutes; device error 60 minutes.</summary>
    public static readonly AlertSettings Default = new();

    /// <summary>Approaching ("tendency") from this share of the limit, percent; default 80.</summary>
    public decimal ApproachingPercent { get; init; } = 80m;

    /// <summary>Warning ("preparing") from this share of the limit, percent; default 90.</summary>
    public decimal WarningPercent { get; init; } = 90m;

    /// <summary>
    /// An exceedance counts as clear only below this share, percent; default 75 — lower than the approaching level so
    /// that a value hovering around 80 % cannot open and close alerts in turn.
    /// </summary>
    public decimal ClearPercent { get; init; } = 75m;

    /// <summary>How long an exceedance must stay clear (in the time of the means) before it resolves; default 60 minutes.</summary>
    public TimeSpan ExceedanceClearAfter { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>No file for this many station intervals raises a silence warning; default 3 (15 minutes at 5-minute cadence).</summary>
    public int SilenceWarningIntervals { get; init; } = 3;

    /// <summary>No file for this long raises a silence alarm; default 60 minutes.</summary>
    public TimeSpan SilenceAlarmAfter { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>A silence resolves once a file arrived and the gap stayed closed this long; default 0 (the first file closes it, "recovered").</summary>
    public TimeSpan SilenceClearAfter { get; init; } = TimeSpan.Zero;

    /// <summary>Status 02 without interruption for this long raises a device-error alarm; default 60 minutes.</summary>
    public TimeSpan DeviceErrorAfter { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>A device error resolves after status 00 values for this long; default 0 (the first valid status).</summary>
    public TimeSpan DeviceErrorClearAfter { get; init; } = TimeSpan.Zero;

    /// <summary>The hysteresis time of a kind.</summary>
    public TimeSpan ClearAfter(AlertKind kind) => kind switch
    {
        AlertKind.Exceedance => ExceedanceClearAfter,
        AlertKind.Silence => SilenceClearAfter,
        AlertKind.DeviceError => DeviceErrorClearAfter,
        _ => TimeSpan.Zero,
    };

    /// <summary>Throws when the levels are not ordered clear &lt; approaching ≤ warning ≤ 100 or a duration is negative.</summary>
    public AlertSettings Validate()
    {
        if (!(ClearPercent > 0 && ClearPercent < ApproachingPercent && ApproachingPercent <= WarningPercent && WarningPercent <= 100))
            throw new ArgumentException(
                $"Alert levels must satisfy 0 < clear ({ClearPercent}) < approaching ({ApproachingPercent}) ≤ warning ({WarningPercent}) ≤ 100. / "
                + $"Ngưỡng cảnh báo phải thỏa 0 < ngưỡng hết ({ClearPercent}) < tiệm cận ({ApproachingPercent}) ≤ cảnh báo ({WarningPercent}) ≤ 100.");
        if (SilenceWarningIntervals < 1 || SilenceAlarmAfter <= TimeSpan.Zero || DeviceErrorAfter <= TimeSpan.Zero
            || ExceedanceClearAfter < TimeSpan.Zero || SilenceClearAfter < TimeSpan.Zero || DeviceErrorClearAfter < TimeSpan.Zero)
            throw new ArgumentException("Alert durations must be positive (clear times not negative). / Thời gian cảnh báo phải dương.");
        return this;
    }
}
