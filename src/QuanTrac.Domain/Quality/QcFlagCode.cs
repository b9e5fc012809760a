namespace QuanTrac.Domain.Quality;

/// <summary>What a QC flag says; each code belongs to one <see cref="QcRule"/>.</summary>
public enum QcFlagCode : byte
{
    /// <summary>Status 01: calibrating.</summary>
    Calibration,
    /// <summary>Status 02: device error.</summary>
    DeviceError,
    /// <summary>Status other than 00/01/02.</summary>
    UnknownStatus,
    /// <summary>Below the plausible minimum.</summary>
    BelowRange,
    /// <summary>Above the plausible maximum.</summary>
    AboveRange,
    /// <summary>Negative where impossible.</summary>
    Negative,
    /// <summary>Exactly zero (EnviSoft <c>equal0</c>).</summary>
    Zero,
    /// <summary>Part of a run of identical values at least N long.</summary>
    Stuck,
    /// <summary>Isolated jump.</summary>
    Spike,
    /// <summary>Observation time later than arrival (or evaluation) plus tolerance.</summary>
    FutureTime,
    /// <summary>Line timestamp differs from the file-name timestamp.</summary>
    TimestampMismatch,
    /// <summary>Arrived long after it was observed.</summary>
    Late,
    /// <summary>Measured just before or after a calibration.</summary>
    CalibrationWindow,
    /// <summary>Measured while the last reference-material check had failed.</summary>
    ReferenceCheckFailed,
}

/// <summary>Rule and spec name of each flag code.</summary>
public static class QcFlagCodes
{
    /// <summary>The rule that raises <paramref name="code"/>.</summary>
    public static QcRule Rule(QcFlagCode code) => code switch
    {
        QcFlagCode.Calibration or QcFlagCode.DeviceError or QcFlagCode.UnknownStatus => QcRule.DeviceStatus,
        QcFlagCode.BelowRange or QcFlagCode.AboveRange => QcRule.Range,
        QcFlagCode.Negative => QcRule.Negative,
        QcFlagCode.Zero => QcRule.Zero,
        QcFlagCode.Stuck => QcRule.Stuck,
        QcFlagCode.Spike => QcRule.Spike,
        QcFlagCode.FutureTime or QcFlagCode.TimestampMismatch or QcFlagCode.Late => QcRule.Time,
        QcFlagCode.CalibrationWindow => QcRule.CalibrationWindow,
        QcFlagCode.ReferenceCheckFailed => QcRule.ReferenceCheck,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };

    /// <summary>The upper-case name used in exports and messages (spec §2.2 where it names one).</summary>
    public static string Name(QcFlagCode code) => code switch
    {
        QcFlagCode.Calibration => "CALIBRATION",
        QcFlagCode.DeviceError => "DEVICE_ERROR",
        QcFlagCode.UnknownStatus => "UNKNOWN_STATUS",
        QcFlagCode.BelowRange => "BELOW_RANGE",
        QcFlagCode.AboveRange => "ABOVE_RANGE",
        QcFlagCode.Negative => "NEGATIVE",
        QcFlagCode.Zero => "ZERO",
        QcFlagCode.Stuck => "STUCK",
        QcFlagCode.Spike => "SPIKE",
        QcFlagCode.FutureTime => "FUTURE_TIME",
        QcFlagCode.TimestampMismatch => "TS_MISMATCH",
        QcFlagCode.Late => "LATE",
        QcFlagCode.CalibrationWindow => "CALIBRATION_WINDOW",
        QcFlagCode.ReferenceCheckFailed => "REFERENCE_CHECK_FAILED",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, null),
    };
}
