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
    /// <summary>True when two observations carry the same value and status (a resend that changes nothing).</summary>
    public bool SameReading(Observation other) =>
        Value == other.Value
        && string.Equals(Status, other.Status, StringComparison.Ordinal)
        && (Value is not null || string.Equals(RawValue, other.RawValue, StringComparison.Ordinal));
}
