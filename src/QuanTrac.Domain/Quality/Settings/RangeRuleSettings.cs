namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>range</c> (EnviSoft <c>out_of_range</c>): values outside [min, max], both bounds inclusive (a value equal to
/// a bound passes). A bound left null is the catalogue's plausible bound of the parameter at that station type.
/// </summary>
public sealed record RangeRuleSettings
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Lowest plausible value in the canonical unit; null = the catalogue's <c>PlausibleMin</c>.</summary>
    public decimal? Min { get; init; }

    /// <summary>Highest plausible value in the canonical unit (e.g. the analyser's range); null = the catalogue's <c>PlausibleMax</c>.</summary>
    public decimal? Max { get; init; }

    /// <summary>Default invalid.</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Invalid;
}
