using QuanTrac.Domain.Standards.Averaging;

namespace QuanTrac.Domain.Quality.Completeness;

/// <summary>
/// Counts expected, received, valid and on-time records per day or month (quality-control.md §3.2). Days are
/// Vietnam-time days in the hour-ending convention of the daily means: day D holds the records stamped
/// (00:00 D, 00:00 D+1], so a record stamped 00:00 belongs to the day before, exactly as in <see cref="Averages.Daily"/>.
/// Every day of the range gets a row, also when nothing arrived: missing days are what the report is for.
/// </summary>
public static class CompletenessCalculator
{
    /// <summary>
    /// The rows of one station parameter for the days <paramref name="from"/> … <paramref name="to"/> (inclusive);
    /// <paramref name="interval"/> is the station's expected interval between records (positive).
    /// </summary>
    public static IReadOnlyList<CompletenessRow> Compute(string station, string parameter, TimeSpan interval, DateOnly from, DateOnly to,
        IEnumerable<CompletenessInput> records, CompletenessPeriod period = CompletenessPeriod.Day, CompletenessSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var perDay = ExpectedPerDay(interval);
        var delay = (settings ?? CompletenessSettings.Default).OnTimeDelay;
        var days = new SortedDictionary<DateOnly, (int Received, int Valid, int OnTime)>();
        for (var d = from; d <= to; d = d.AddDays(1))
            days[d] = default;
        foreach (var r in records)
        {
            var day = Periods.DayOf(r.ObservedAt);
            if (!days.TryGetValue(day, out var c))
                continue;
            var onTime = r.ReceivedAt - r.ObservedAt <= delay;
            days[day] = (c.Received + 1, c.Valid + (r.Valid ? 1 : 0), c.OnTime + (onTime ? 1 : 0));
        }
        var rows = days.Select(kv => new CompletenessRow(station, parameter, kv.Key, perDay, kv.Value.Received, kv.Value.Valid, kv.Value.OnTime));
        return period == CompletenessPeriod.Day ? [.. rows] : [.. rows.GroupBy(r => (r.Date.Year, r.Date.Month)).Select(g => new CompletenessRow(
            station, parameter, g.First().Date, g.Sum(r => r.Expected), g.Sum(r => r.Received), g.Sum(r => r.Valid), g.Sum(r => r.OnTime)))];
    }

    /// <summary>
    /// Station uptime for the days <paramref name="from"/> … <paramref name="to"/>: the intervals (distinct record
    /// times) in which at least one parameter reported status 00, over the intervals expected. <paramref name="records"/>
    /// holds every record of the station: its time and whether its status was 00 (measuring).
    /// </summary>
    public static IReadOnlyList<UptimeRow> Uptime(string station, TimeSpan interval, DateOnly from, DateOnly to,
        IEnumerable<(DateTimeOffset ObservedAt, bool Measuring)> records, CompletenessPeriod period = CompletenessPeriod.Day)
    {
        ArgumentNullException.ThrowIfNull(records);
        var perDay = ExpectedPerDay(interval);
        var up = new SortedDictionary<DateOnly, HashSet<long>>();
        for (var d = from; d <= to; d = d.AddDays(1))
            up[d] = [];
        foreach (var (at, measuring) in records)
            if (measuring && up.TryGetValue(Periods.DayOf(at), out var set))
                set.Add(at.UtcTicks);
        var rows = up.Select(kv => new UptimeRow(station, kv.Key, perDay, Math.Min(perDay, kv.Value.Count)));
        return period == CompletenessPeriod.Day ? [.. rows] : [.. rows.GroupBy(r => (r.Date.Year, r.Date.Month))
            .Select(g => new UptimeRow(station, g.First().Date, g.Sum(r => r.Expected), g.Sum(r => r.Up)))];
    }

    /// <summary>Records a day should hold at <paramref name="interval"/>: 288 at 5 minutes, 24 at 60 minutes.</summary>
    public static int ExpectedPerDay(TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The station interval must be positive.");
        return (int)Math.Max(1, TimeSpan.TicksPerDay / interval.Ticks);
    }
}
