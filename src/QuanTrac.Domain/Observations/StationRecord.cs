namespace QuanTrac.Domain.Observations;

/// <summary>
/// One record as read from a station file, before mapping: the five fields of the national format.
/// </summary>
/// <param name="Line">1-based line number in the file.</param>
/// <param name="Parameter">Raw parameter name, trimmed and NFC-normalised.</param>
/// <param name="RawValue">Value text exactly as received (trimmed).</param>
/// <param name="Value">Parsed value (culture-invariant), null when empty, <c>---</c> or non-numeric.</param>
/// <param name="Unit">Raw unit, trimmed and NFC-normalised; empty when the field is empty.</param>
/// <param name="ObservedAt">Timestamp of the line, Vietnam local time (+07:00). A 5-minute record stamped t covers (t − 5 min, t].</param>
/// <param name="Status">Raw status code as received (normally <c>00</c>, <c>01</c>, <c>02</c>).</param>
/// <param name="Flags">Intake flags raised while reading.</param>
public sealed record StationRecord(
    int Line,
    string Parameter,
    string RawValue,
    decimal? Value,
    string Unit,
    DateTimeOffset ObservedAt,
    string Status,
    ObservationFlags Flags)
{
    /// <summary>The device status the raw code stands for.</summary>
    public DeviceStatus DeviceStatus => DeviceStatusCodes.FromCode(Status);
}
