namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>stuck</c> (EnviSoft <c>continous_equal</c>): a run of identical values among the status-00 numeric values
/// (others are skipped: they neither extend nor break a run). Off by default for parameters that are
/// legitimately constant for hours: wind direction (calm), rain, solar radiation (night).
/// </summary>
public sealed record StuckRuleSettings
{
    /// <summary>Null = decided by the parameter (see the type); true or false forces it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>N, the run length that makes a sensor stuck. Default 12: one hour of 5-minute values.</summary>
    public int RunLength { get; init; } = 12;

    /// <summary>
    /// False (spec default): flag the run from its N-th value on, as a real-time check would. True: once a run
    /// reaches N, flag it from its first value (a batch re-run can look back).
    /// </summary>
    public bool FlagWholeRun { get; init; }

    /// <summary>Default invalid.</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Invalid;
}
