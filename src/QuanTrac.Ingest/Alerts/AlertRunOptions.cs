using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Quality;

namespace QuanTrac.Ingest.Alerts;

/// <summary>How an alert evaluation runs.</summary>
public sealed record AlertRunOptions
{
    /// <summary>Thresholds and hysteresis (default <see cref="AlertSettings.Default"/>).</summary>
    public AlertSettings Settings { get; init; } = AlertSettings.Default;

    /// <summary>
    /// How far back each run reads observations (default 26 hours: a whole day of hourly means for the 24-hour limits
    /// plus the hour in progress). Older findings were applied by earlier runs; re-reading them changes nothing.
    /// </summary>
    public TimeSpan Lookback { get; init; } = TimeSpan.FromHours(26);

    /// <summary>Per-station limit assignments; stations not listed use <see cref="StationLimits.DefaultFor"/>.</summary>
    public IReadOnlyDictionary<string, StationLimits> Limits { get; init; } = new Dictionary<string, StationLimits>();

    /// <summary>QC rules that decide which values are valid (default <see cref="QcRuleSet.Default"/>).</summary>
    public QcRuleSet RuleSet { get; init; } = QcRuleSet.Default;

    /// <summary>Only this station, or all.</summary>
    public string? Station { get; init; }
}
