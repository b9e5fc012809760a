namespace QuanTrac.Domain.Quality.Settings;

/// <summary>
/// <c>spike</c> (QuanTrac): a status-00 value x is a spike when |x − m| &gt; K × s, where m is the median of the
/// previous <see cref="Window"/> valid values and s = max(1.4826 × MAD of that window, <see cref="MinScaleFraction"/>
/// × |m|, resolution), AND it also jumps by more than K × s against the next valid value. The median follows the
/// diurnal cycle; the second test keeps a level shift that persists from being called a spike. The last value of
/// a series, having no next value, is judged on the median alone.
/// </summary>
public sealed record SpikeRuleSettings
{
    /// <summary>On by default.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Number of previous valid values in the rolling median. Default 12 (one hour). A value is judged only once the window is full.</summary>
    public int Window { get; init; } = 12;

    /// <summary>K, in robust standard deviations. Default 10: conservative, catches gross isolated jumps without tuning.</summary>
    public double K { get; init; } = 10;

    /// <summary>Floor of the scale as a share of |median|. Default 0.01 (1 %), so a flat series does not make every wiggle a spike.</summary>
    public double MinScaleFraction { get; init; } = 0.01;

    /// <summary>
    /// Floor of the scale in the canonical unit: the parameter's resolution. Null = one unit of the last decimal
    /// the series is written with (0.01 for "7.05").
    /// </summary>
    public decimal? Resolution { get; init; }

    /// <summary>Default suspect (option invalid).</summary>
    public QcSeverity Severity { get; init; } = QcSeverity.Suspect;
}
