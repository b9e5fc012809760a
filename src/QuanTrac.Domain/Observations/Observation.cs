namespace QuanTrac.Domain.Observations;

/// <summary>
/// A value of one station, parameter and instant, mapped to the canonical parameter and unit. Raw fields are
/// kept beside the canonical ones so nothing received is ever lost.
/// </summary>
/// <param name="StationPrefix">Station identity (file-name prefix).</param>
/// <param name="ParameterCode">Canonical parameter code, or the raw name when unmapped (<see cref="ObservationFlags.Unmapped"/>).</param>
/// <param name="RawName">Parameter name as received (NFC).</param>
/// <param name="ObservedAt">End of the measuring interval, an instant (kept with its +07:00 offset when it came from a file).</param>
/// <param name="RawValue">Value text as received.</param>
/// <param name="Value">Value in <paramref name="Unit"/>, null when missing or non-numeric.</param>
/// <param name="RawUnit">Unit as received.</param>
/// <param name="Unit">Canonical unit of the value (the raw unit when it could not be converted).</param>
/// <param name="Status">Raw status code.</param>
/// <param name="Flags">Intake flags.</param>
public sealed record Observation(
    string StationPrefix,
    string ParameterCode,
    string RawName,
    DateTimeOffset ObservedAt,
    string RawValue,
    decimal? Value,
    string RawUnit,
    string Unit,
    string Status,
    ObservationFlags Flags)
{
    /// <summary>
    /// True when a stored reading (value, status, raw value text) is the one this observation carries: a resend
    /// that changes nothing. Values compare numerically (41.0 = 41); a missing value compares by its raw text.
    /// </summary>
    public bool SameReading(decimal? value, string status, string rawValue) =>
        Value == value
        && string.Equals(Status, status, StringComparison.Ordinal)
        && (Value is not null || string.Equals(RawValue, rawValue, StringComparison.Ordinal));

    /// <summary>True when two observations carry the same reading (see the other overload).</summary>
    public bool SameReading(Observation other) => SameReading(other.Value, other.Status, other.RawValue);
}
