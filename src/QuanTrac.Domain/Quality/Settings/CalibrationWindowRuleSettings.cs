namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>calibration-window</c>: status-00 values observed within <see cref="Before"/> before the first status-01
/// value of a calibration or within <see cref="After"/> after its last one (bounds inclusive), because an analyser
/// drifts while it is prepared and needs time to flush the span gas or reference solution.
/// </summary>
public sealed record CalibrationWindowRuleSettings
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Before a calibration. Default 0 (nothing flagged before).</summary>
    public TimeSpan Before { get; init; } = TimeSpan.Zero;

    /// <summary>After a calibration. Default 10 minutes: two 5-minute values.</summary>
    public TimeSpan After { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Default suspect.</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Suspect;
}
