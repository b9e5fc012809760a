namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>reference-check</c>: values observed in a failed-check period (from the last passed check before a failed one until
/// the next passed one, see <see cref="ReferenceCheckPeriods"/>). The periods come from stored check results, given
/// to the engine in <see cref="QcSeriesContext.FailedReferenceChecks"/>.
/// </summary>
public sealed record ReferenceCheckRuleSettings
{
    /// <summary>On by default (it flags nothing without failed-check periods).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Default suspect (spec §2.1).</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Suspect;
}
