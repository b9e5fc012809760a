namespace QuanTrac.Domain.Standards.Averaging;

/// <summary>
/// Hourly, daily, monthly and annual means and the 8-hour rolling mean (quality-control.md §3.1), hour-ending
/// in Vietnam local time. Only usable values (<see cref="TimedValue.Usable"/>) are counted; each level takes the
/// means of the level below as its values (a daily mean is the mean of the valid hourly means), and every
/// result carries count, expected count, sum, min and max.
/// </summary>
public static class Averages
{
    /// <summary>Hourly means from values at <paramref name="inputInterval"/> cadence (default 5 min → 12 expected per hour).</summary>
    public static IReadOnlyList<Aggregate> Hourly(IEnumerable<TimedValue> values, TimeSpan? inputInterval = null, AveragingSettings? settings = null) =>
        Aggregate(values, AveragingPeriod.Hour, inputInterval, settings);

    /// <summary>Daily means (days 01:00 … 24:00 local) from hourly means (default cadence 1 h → 24 expected per day).</summary>
    public static IReadOnlyList<Aggregate> Daily(IEnumerable<TimedValue> hourlyMeans, TimeSpan? inputInterval = null, AveragingSettings? settings = null) =>
        Aggregate(hourlyMeans, AveragingPeriod.Day, inputInterval, settings);

    /// <summary>Monthly means from daily means (expected = days in the month).</summary>
    public static IReadOnlyList<Aggregate> Monthly(IEnumerable<TimedValue> dailyMeans, AveragingSettings? settings = null) =>
        Aggregate(dailyMeans, AveragingPeriod.Month, null, settings);

    /// <summary>Annual means from daily means (expected = days in the year; QCVN 05 annual mean = mean of the daily values).</summary>
    public static IReadOnlyList<Aggregate> Annual(IEnumerable<TimedValue> dailyMeans, AveragingSettings? settings = null) =>
        Aggregate(dailyMeans, AveragingPeriod.Year, null, settings);

    /// <summary>
    /// Aggregates of every period that holds at least one input value (valid or not), in time order.
    /// Expected count = period length ÷ <paramref name="inputInterval"/> (default <see cref="Periods.DefaultInputInterval"/>).
    /// </summary>
    public static IReadOnlyList<Aggregate> Aggregate(IEnumerable<TimedValue> values, AveragingPeriod period, TimeSpan? inputInterval = null, AveragingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var interval = inputInterval ?? Periods.DefaultInputInterval(period);
        if (interval <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(inputInterval), interval, "The input interval must be positive.");
        var threshold = (settings ?? AveragingSettings.Default).CoverageThresholdPercent;
        var buckets = new SortedDictionary<DateTimeOffset, Accumulator>();
        foreach (var v in values)
        {
            var (start, end) = Periods.Containing(v.At, period);
            if (!buckets.TryGetValue(end, out var acc))
                buckets[end] = acc = new Accumulator(start, end);
            if (v.Usable)
                acc.Add(v.Value!.Value);
        }
        var result = new List<Aggregate>(buckets.Count);
        foreach (var acc in buckets.Values)
        {
            var expected = (int)((acc.End - acc.Start).Ticks / interval.Ticks);
            result.Add(acc.ToAggregate(Math.Max(1, expected), threshold));
        }
        return result;
    }

    /// <summary>
    /// Rolling means over <paramref name="hours"/> hours (default 8) of hourly means: the value labelled h
    /// averages the valid hourly means labelled h − (hours − 1) … h; valid with at least
    /// <see cref="AveragingSettings.RollingCoverageThresholdPercent"/> of them (default 6 of 8). One result per
    /// hour label from the first to the last input label.
    /// </summary>
    public static IReadOnlyList<Aggregate> Rolling(IEnumerable<TimedValue> hourlyMeans, int hours = 8, AveragingSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(hourlyMeans);
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, 1);
        var threshold = (settings ?? AveragingSettings.Default).RollingCoverageThresholdPercent;
        var byLabel = new Dictionary<DateTimeOffset, decimal>();
        DateTimeOffset? first = null, last = null;
        foreach (var v in hourlyMeans)
        {
            var label = Periods.Containing(v.At, AveragingPeriod.Hour).End;
            first = first is null || label < first ? label : first;
            last = last is null || label > last ? label : last;
            if (v.Usable)
                byLabel[label] = v.Value!.Value;
        }
        var result = new List<Aggregate>();
        if (first is null)
            return result;
        for (var h = first.Value; h <= last!.Value; h = h.AddHours(1))
        {
            var acc = new Accumulator(h.AddHours(-hours), h);
            for (var k = 0; k < hours; k++)
                if (byLabel.TryGetValue(h.AddHours(-k), out var x))
                    acc.Add(x);
            result.Add(acc.ToAggregate(hours, threshold));
        }
        return result;
    }

    sealed class Accumulator(DateTimeOffset start, DateTimeOffset end)
    {
        public DateTimeOffset Start { get; } = start;
        public DateTimeOffset End { get; } = end;
        int count;
        decimal sum;
        decimal? min, max;

        public void Add(decimal x)
        {
            count++;
            sum += x;
            min = min is null || x < min ? x : min;
            max = max is null || x > max ? x : max;
        }

        public Aggregate ToAggregate(int expected, decimal threshold) => new(Start, End, count, expected, sum, min, max, threshold);
    }
}
