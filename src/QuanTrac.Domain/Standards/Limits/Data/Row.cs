namespace QuanTrac.Domain.Standards.Limits.Data;

/// <summary>Short constructors that keep the tables readable as tables.</summary>
static class Row
{
    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static LimitRow Max(string parameter, string column, AveragingPeriod period, decimal upper, string unit,
        DateOnly from, DateOnly? to, Confidence confidence = Confidence.High, bool verified = true, string note = "") =>
        new(parameter, column, period, BoundKind.Maximum, null, upper, unit, from, to, confidence, verified, note);

    public static LimitRow Min(string parameter, string column, AveragingPeriod period, decimal lower, string unit,
        DateOnly from, DateOnly? to, Confidence confidence = Confidence.High, bool verified = true, string note = "") =>
        new(parameter, column, period, BoundKind.Minimum, lower, null, unit, from, to, confidence, verified, note);

    public static LimitRow Range(string parameter, string column, AveragingPeriod period, decimal lower, decimal upper, string unit,
        DateOnly from, DateOnly? to, Confidence confidence = Confidence.High, bool verified = true, string note = "") =>
        new(parameter, column, period, BoundKind.Range, lower, upper, unit, from, to, confidence, verified, note);
}
