using QuanTrac.Domain.Quality.Settings;

namespace QuanTrac.Domain.Quality;

/// <summary>The settings of every rule for one station parameter. <see cref="Default"/> holds the spec defaults.</summary>
public sealed record QcParameterSettings
{
    /// <summary>The spec defaults (quality-control.md §2.1); parameter-dependent choices are left to the parameter.</summary>
    public static readonly QcParameterSettings Default = new();

    /// <summary><c>device-status</c>.</summary>
    public DeviceStatusRuleSettings DeviceStatus { get; init; } = new();
    /// <summary><c>range</c>.</summary>
    public RangeRuleSettings Range { get; init; } = new();
    /// <summary><c>negative</c>.</summary>
    public NegativeRuleSettings Negative { get; init; } = new();
    /// <summary><c>zero</c>.</summary>
    public ZeroRuleSettings Zero { get; init; } = new();
    /// <summary><c>stuck</c>.</summary>
    public StuckRuleSettings Stuck { get; init; } = new();
    /// <summary><c>spike</c>.</summary>
    public SpikeRuleSettings Spike { get; init; } = new();
    /// <summary><c>time</c>.</summary>
    public TimeRuleSettings Time { get; init; } = new();
    /// <summary><c>calibration-window</c>.</summary>
    public CalibrationWindowRuleSettings CalibrationWindow { get; init; } = new();
    /// <summary><c>reference-check</c>.</summary>
    public ReferenceCheckRuleSettings ReferenceCheck { get; init; } = new();
}
