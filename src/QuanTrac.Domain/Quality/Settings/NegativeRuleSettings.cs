namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>negative</c> (EnviSoft <c>negative_value</c>): values &lt; 0. Whether it is on by default depends on the
/// parameter: on where the catalogue's plausible minimum is ≥ 0 (concentrations, flows, pH, DO, O2 …), off for
/// signed quantities (temperatures, solar radiation).
/// </summary>
public sealed record NegativeRuleSettings
{
    /// <summary>Null = decided by the parameter (see the type); true or false forces it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Default invalid.</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Invalid;
}
