using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Standards.Averaging;

/// <summary>
/// The hour-ending periods of an instant, in Vietnam local time (README "Time"): the period that contains t
/// is the one with Start &lt; t ≤ End.
/// </summary>
public static class Periods
{
    /// <summary>The (Start, End] period of <paramref name="period"/> that contains instant <paramref name="t"/>; both bounds at +07:00.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Containing(DateTimeOffset t, AveragingPeriod period)
    {
        var local = VietnamTime.ToLocal(t);
        if (period == AveragingPeriod.Hour)
        {
            // +07:00 is a whole number of hours, so hour boundaries are the same in UTC and local time.
            var ticks = local.Ticks;
            var end = (ticks + TimeSpan.TicksPerHour - 1) / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour;
            var endTime = new DateTimeOffset(end, VietnamTime.Offset);
            return (endTime.AddHours(-1), endTime);
        }
        // The day of t is the date of the last instant before t: an end-of-day label 00:00 belongs to the day before.
        var day = local.AddTicks(-1).Date;
        var start = period switch
        {
            AveragingPeriod.Day => day,
            AveragingPeriod.Month => new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
            AveragingPeriod.Year => new DateTime(day.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
        };
        var next = period switch
        {
            AveragingPeriod.Day => start.AddDays(1),
            AveragingPeriod.Month => start.AddMonths(1),
            _ => start.AddYears(1),
        };
        return (new DateTimeOffset(start, VietnamTime.Offset), new DateTimeOffset(next, VietnamTime.Offset));
    }

    /// <summary>The local date D of a day whose hour-ending labels run 01:00 of D … 00:00 of D+1: the date of t − 1 tick.</summary>
    public static DateOnly DayOf(DateTimeOffset t) => DateOnly.FromDateTime(VietnamTime.ToLocal(t).AddTicks(-1).Date);

    /// <summary>The default input cadence of a level: 5 minutes for hours, 1 hour for days, 1 day for months and years.</summary>
    public static TimeSpan DefaultInputInterval(AveragingPeriod period) => period switch
    {
        AveragingPeriod.Hour => TimeSpan.FromMinutes(5),
        AveragingPeriod.Day => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };
}
