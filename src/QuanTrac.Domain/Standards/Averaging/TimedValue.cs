using QuanTrac.Domain.Observations;

namespace QuanTrac.Domain.Standards.Averaging;

/// <summary>
/// One value to average: the instant that ends its interval (hour-ending convention), the value in the
/// parameter's canonical unit, and whether it may enter an aggregate. The caller decides validity (device
/// status, QC flags); <see cref="FromObservation"/> does it for intake observations.
/// </summary>
/// <param name="At">End of the value's interval (a 5-minute record stamped t covers (t − 5 min, t]).</param>
/// <param name="Value">The value, null when missing.</param>
/// <param name="Valid">True when the value may be averaged; a null value is never averaged whatever this says.</param>
public readonly record struct TimedValue(DateTimeOffset At, decimal? Value, bool Valid)
{
    // Intake flags that make a value unusable (quality-control.md §2.2); informational ones (LATE, TS_MISMATCH,
    // UNIT_MISSING, …) do not.
    const ObservationFlags InvalidatingFlags = ObservationFlags.MissingValue | ObservationFlags.NonNumeric
        | ObservationFlags.UnknownStatus | ObservationFlags.UnitUnknown | ObservationFlags.FutureTime | ObservationFlags.Unmapped;

    /// <summary>True when the value is present and valid.</summary>
    public bool Usable => Valid && Value is not null;

    /// <summary>
    /// True when an observation may be averaged: device status <c>00</c>, a numeric value and none of the
    /// invalidating intake flags (MISSING_VALUE, NON_NUMERIC, UNKNOWN_STATUS, UNIT_UNKNOWN, FUTURE_TIME, UNMAPPED).
    /// QC-rule flags are applied by the caller on top of this.
    /// </summary>
    public static bool IsValid(Observation observation) =>
        string.Equals(observation.Status, "00", StringComparison.Ordinal)
        && observation.Value is not null
        && (observation.Flags & InvalidatingFlags) == 0;

    /// <summary>The observation as a value to average, with its validity derived by <see cref="IsValid"/>.</summary>
    public static TimedValue FromObservation(Observation observation) =>
        new(observation.ObservedAt, observation.Value, IsValid(observation));
}
