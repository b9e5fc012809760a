namespace QuanTrac.Domain.Observations;

/// <summary>
/// Intake flags of a record (station-data-format.md §5.4 and §7). They describe how the value arrived; the
/// automatic QC rules add their own flags later and never change these.
/// </summary>
[Flags]
public enum ObservationFlags
{
    /// <summary>Nothing to report.</summary>
    None = 0,
    /// <summary>Value empty or <c>---</c>: value is null.</summary>
    MissingValue = 1 << 0,
    /// <summary>Value text is not a number (<c>N/A</c>, <c>7,12</c>): value is null, raw text kept.</summary>
    NonNumeric = 1 << 1,
    /// <summary>Status other than 00/01/02: kept raw, invalid.</summary>
    UnknownStatus = 1 << 2,
    /// <summary>Unit field empty: the mapping's canonical unit is assumed (not raised for dimensionless parameters).</summary>
    UnitMissing = 1 << 3,
    /// <summary>Unit not convertible to the parameter's canonical unit: stored as received, invalid until mapped.</summary>
    UnitUnknown = 1 << 4,
    /// <summary>Line timestamp differs from the file-name timestamp; the line wins.</summary>
    TimestampMismatch = 1 << 5,
    /// <summary>Timestamp later than received_at + 10 min (station clock ahead): invalid.</summary>
    FutureTime = 1 << 6,
    /// <summary>The same parameter appeared twice in one file; the later line won.</summary>
    DuplicateInFile = 1 << 7,
    /// <summary>Raw name not in the station's mapping: stored under its raw name, not used in aggregates.</summary>
    Unmapped = 1 << 8,
    /// <summary>A resend carried a different value or status; this version replaced an earlier one.</summary>
    ResentChanged = 1 << 9,
    /// <summary>Received more than 5 minutes (+ grace) after it was observed. Informational: late data are valid.</summary>
    Late = 1 << 10,
    /// <summary>A one-digit status (<c>0</c>, <c>1</c>, <c>2</c>) was read as its two-digit code.</summary>
    StatusPadded = 1 << 11,
}

/// <summary>Names of the flags as the spec writes them (<c>MISSING_VALUE</c> …), for exports and messages.</summary>
public static class ObservationFlagNames
{
    static readonly (ObservationFlags Flag, string Name)[] Names =
    [
        (ObservationFlags.MissingValue, "MISSING_VALUE"),
        (ObservationFlags.NonNumeric, "NON_NUMERIC"),
        (ObservationFlags.UnknownStatus, "UNKNOWN_STATUS"),
        (ObservationFlags.UnitMissing, "UNIT_MISSING"),
        (ObservationFlags.UnitUnknown, "UNIT_UNKNOWN"),
        (ObservationFlags.TimestampMismatch, "TS_MISMATCH"),
        (ObservationFlags.FutureTime, "FUTURE_TIME"),
        (ObservationFlags.DuplicateInFile, "DUPLICATE_IN_FILE"),
        (ObservationFlags.Unmapped, "UNMAPPED"),
        (ObservationFlags.ResentChanged, "RESENT_CHANGED"),
        (ObservationFlags.Late, "LATE"),
        (ObservationFlags.StatusPadded, "STATUS_PADDED"),
    ];

    /// <summary>The spec names of the set flags, separated by <c>|</c>; empty for none.</summary>
    public static string Format(ObservationFlags flags) =>
        string.Join('|', Names.Where(n => flags.HasFlag(n.Flag)).Select(n => n.Name));
}
