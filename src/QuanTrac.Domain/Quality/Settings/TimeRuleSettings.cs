namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>time</c>: <c>FUTURE_TIME</c> when the observation time lies more than <see cref="FutureTolerance"/> after its
/// arrival (or, arrival unknown, after the evaluation time; the intake flag counts too); <c>TS_MISMATCH</c> when
/// the intake saw the line timestamp differ from the file name; <c>LATE</c> when it arrived more than
/// <see cref="LateAfter"/> after it was observed (arrival unknown: the intake's <c>LATE</c> flag).
/// </summary>
public sealed record TimeRuleSettings
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How far ahead of the arrival a timestamp may be (clock skew). Default 10 minutes, as at intake.</summary>
    public TimeSpan FutureTolerance { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Delay after which a value is late: the legal 5 minutes + 60 s grace (spec §3.2). Default 6 minutes.</summary>
    public TimeSpan LateAfter { get; init; } = TimeSpan.FromMinutes(6);

    /// <summary>Severity of <c>FUTURE_TIME</c>. Default invalid (spec §2.2).</summary>
    public QcSeverity FutureSeverity { get; init; } = QcSeverity.Invalid;

    /// <summary>Severity of <c>TS_MISMATCH</c> and <c>LATE</c>. Default info: late data are valid.</summary>
    public QcSeverity InfoSeverity { get; init; } = QcSeverity.Info;
}
