using QuanTrac.Domain.Standards.Averaging;

namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// Hourly means of one station on a contiguous grid of hour-ending labels, one array per pollutant (null
/// entries are missing or invalid hours). The AQI engines read NowCast windows, rolling means and days from
/// it by index, without dictionaries.
/// </summary>
public sealed class HourlyAirSeries
{
    readonly decimal?[]?[] values = new decimal?[]?[AirPollutants.Count];

    /// <summary>A series of <paramref name="hours"/> hours whose first label is <paramref name="firstLabel"/> (rounded up to the hour).</summary>
    public HourlyAirSeries(DateTimeOffset firstLabel, int hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        FirstLabel = Periods.Containing(firstLabel, AveragingPeriod.Hour).End;
        Hours = hours;
    }

    /// <summary>Label (end) of hour index 0, at +07:00.</summary>
    public DateTimeOffset FirstLabel { get; }

    /// <summary>Number of hours on the grid.</summary>
    public int Hours { get; }

    /// <summary>The label of hour index <paramref name="index"/>.</summary>
    public DateTimeOffset LabelAt(int index) => FirstLabel.AddHours(index);

    /// <summary>The index of an hour label (may be outside 0 … Hours − 1).</summary>
    public int IndexOf(DateTimeOffset label) => (int)((label - FirstLabel).Ticks / TimeSpan.TicksPerHour);

    /// <summary>The hourly means of a pollutant (µg/m³ for VN_AQI, EPA units for the US AQI), or null when it is not measured.</summary>
    public decimal?[]? Values(AirPollutant pollutant) => values[(int)pollutant];

    /// <summary>The hourly means of a pollutant, created (all missing) on first use.</summary>
    public decimal?[] ValuesOrCreate(AirPollutant pollutant) => values[(int)pollutant] ??= new decimal?[Hours];

    /// <summary>The mean of a pollutant at an hour index, null when missing or off the grid.</summary>
    public decimal? At(AirPollutant pollutant, int index)
    {
        var v = values[(int)pollutant];
        return v is null || (uint)index >= (uint)v.Length ? null : v[index];
    }

    /// <summary>
    /// A series covering every label of <paramref name="rows"/> (first to last hour); each row sets one hourly
    /// mean. Labels must be on the hour.
    /// </summary>
    public static HourlyAirSeries FromRows(IReadOnlyCollection<(DateTimeOffset Label, AirPollutant Pollutant, decimal Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
            return new HourlyAirSeries(default, 0);
        var first = rows.Min(r => r.Label);
        var last = rows.Max(r => r.Label);
        var series = new HourlyAirSeries(first, (int)((last - first).Ticks / TimeSpan.TicksPerHour) + 1);
        foreach (var (label, pollutant, value) in rows)
            series.ValuesOrCreate(pollutant)[series.IndexOf(label)] = value;
        return series;
    }
}
