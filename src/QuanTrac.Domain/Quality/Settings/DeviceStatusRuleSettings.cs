namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>device-status</c> (EnviSoft <c>remove_with_indicator</c>): status 01 → <c>CALIBRATION</c>, 02 →
/// <c>DEVICE_ERROR</c>, any other code → <c>UNKNOWN_STATUS</c>. Spec default: on, all invalid.
/// </summary>
public sealed record DeviceStatusRuleSettings
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Severity of the three flags. Default invalid (status 01, 02 and unknown are never valid).</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Invalid;
}
