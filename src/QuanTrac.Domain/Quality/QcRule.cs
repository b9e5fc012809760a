namespace QuanTrac.Domain.Quality;

/// <summary>The automatic QC rules; <see cref="QcRules.Id"/> gives the stable id a flag records.</summary>
public enum QcRule : byte
{
    /// <summary><c>device-status</c>: status 01 calibration, 02 device error, unknown codes.</summary>
    DeviceStatus,
    /// <summary><c>range</c>: outside the plausible [min, max].</summary>
    Range,
    /// <summary><c>negative</c>: below 0 where that is impossible.</summary>
    Negative,
    /// <summary><c>zero</c>: exactly 0 (EnviSoft <c>equal0</c>), off by default.</summary>
    Zero,
    /// <summary><c>stuck</c>: N identical consecutive values.</summary>
    Stuck,
    /// <summary><c>spike</c>: an isolated jump against the rolling median and the next value.</summary>
    Spike,
    /// <summary><c>time</c>: future timestamp, file/line timestamp mismatch, late arrival.</summary>
    Time,
    /// <summary><c>calibration-window</c>: status-00 values just before or after a calibration.</summary>
    CalibrationWindow,
    /// <summary><c>reference-check</c>: values since a failed reference-material check.</summary>
    ReferenceCheck,
}

/// <summary>Stable ids and revisions of the rules.</summary>
public static class QcRules
{
    /// <summary>Every rule, in the order the engine runs them and flags are sorted.</summary>
    public static readonly IReadOnlyList<QcRule> All = Enum.GetValues<QcRule>();

    /// <summary>The stable id a flag records, e.g. <c>calibration-window</c>.</summary>
    public static string Id(QcRule rule) => rule switch
    {
        QcRule.DeviceStatus => "device-status",
        QcRule.Range => "range",
        QcRule.Negative => "negative",
        QcRule.Zero => "zero",
        QcRule.Stuck => "stuck",
        QcRule.Spike => "spike",
        QcRule.Time => "time",
        QcRule.CalibrationWindow => "calibration-window",
        QcRule.ReferenceCheck => "reference-check",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };

    /// <summary>The rule of an id, or null.</summary>
    public static QcRule? FromId(string id)
    {
        foreach (var r in All)
            if (string.Equals(Id(r), id, StringComparison.Ordinal))
                return r;
        return null;
    }

    /// <summary>
    /// Revision of a rule's algorithm. Raise it whenever the code of a rule changes what it flags, so that the
    /// rule version recorded in a flag changes too even when no setting did.
    /// </summary>
    public static int Revision(QcRule rule) => rule switch
    {
        _ => 1,
    };
}
