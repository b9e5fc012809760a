namespace QuanTrac.Domain.Quality.Completeness;

/// <summary>One received record of a station parameter, as the completeness report sees it.</summary>
/// <param name="ObservedAt">End of the record's interval (the file timestamp), an instant.</param>
/// <param name="ReceivedAt">When the file that carried the current version arrived, an instant.</param>
/// <param name="Valid">True when the record is valid: status 00, a numeric value and no invalid flag (intake or QC).</param>
public readonly record struct CompletenessInput(DateTimeOffset ObservedAt, DateTimeOffset ReceivedAt, bool Valid);
