namespace QuanTrac.Ingest.StationFiles;

/// <summary>One record to write in the national format: the five fields, as text, of one line.</summary>
/// <param name="Parameter">Parameter name (no TAB, CR or LF).</param>
/// <param name="Value">Value text with a decimal point, or empty / <c>---</c> for no value.</param>
/// <param name="Unit">Unit text, may be empty.</param>
/// <param name="ObservedAt">Timestamp, written as 14 digits of Vietnam local time.</param>
/// <param name="Status">Status code, normally <c>00</c>, <c>01</c> or <c>02</c>.</param>
public sealed record StationFileLine(string Parameter, string Value, string Unit, DateTimeOffset ObservedAt, string Status);
