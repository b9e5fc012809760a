namespace QuanTrac.Domain.Quality;

/// <summary>Effect of a QC flag on the use of a value (quality-control.md §2.2).</summary>
public enum QcSeverity : byte
{
    /// <summary>No effect on use (e.g. <c>LATE</c>, <c>TS_MISMATCH</c>).</summary>
    Info = 0,
    /// <summary>Included in provisional aggregates, marked; a reviewer must confirm or invalidate it.</summary>
    Suspect = 1,
    /// <summary>Excluded from every aggregate, index and compliance statistic.</summary>
    Invalid = 2,
}
