namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>zero</c> (EnviSoft <c>equal0</c>): values exactly 0. EnviSoft treats 0 as a device error; QuanTrac leaves
/// the rule off unless enabled per parameter, because 0 is a true reading for many quantities (rain, flow of a
/// stopped plant).
/// </summary>
public sealed record ZeroRuleSettings
{
    /// <summary>Off by default.</summary>
    public bool Enabled { get; init; }

    /// <summary>Default invalid (EnviSoft behaviour); suspect is the alternative.</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Invalid;
}
