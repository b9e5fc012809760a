using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;

namespace QuanTrac.Server.Indices;

/// <summary>
/// The hourly means of the six VN_AQI pollutants from the published layer, with what is needed to label each result
/// validated or provisional: per hour, how many values entered the means and how many of them are provisional (not
/// approved at review level 2).
/// </summary>
public sealed class PublishedAirSeries
{
    /// <summary>Hours before an hourly AQI's own hour whose values can enter it: the PM NowCast reads 12 hours
    /// (the hour itself and 11 before), which also covers the 8-hour O3 mean.</summary>
    public const int HourlyWindow = 12;

    readonly int[] inputs;
    readonly int[] provisional;

    /// <summary>Wraps a series and its per-hour input counts (arrays of <see cref="HourlyAirSeries.Hours"/> entries).</summary>
    public PublishedAirSeries(HourlyAirSeries series, int[] inputs, int[] provisional)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(provisional);
        Series = series;
        this.inputs = inputs;
        this.provisional = provisional;
    }

    /// <summary>The hourly means (hour-ending labels).</summary>
    public HourlyAirSeries Series { get; }

    /// <summary>
    /// True when the hourly AQI at <paramref name="index"/> rests on validated values only: at least one value in its
    /// 12-hour window and none of them provisional. Hours before the series start count as unknown, so a window
    /// that reaches before the series is provisional.
    /// </summary>
    public bool IsHourValidated(int index) => AllValidated(index - HourlyWindow + 1, index);

    /// <summary>
    /// True when the daily AQI of <paramref name="day"/> (hours 01:00 … 24:00, Vietnam time) rests on validated values
    /// only, including the 7 hours before the day that the first 8-hour O3 means of the day read.
    /// </summary>
    public bool IsDayValidated(DateOnly day)
    {
        var lastLabel = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Domain.Time.VietnamTime.Offset);
        var last = Series.IndexOf(lastLabel);
        return AllValidated(last - 24 - 7 + 1, last);
    }

    bool AllValidated(int first, int last)
    {
        if (first < 0 || last >= Series.Hours || last < first)
            return false;
        var any = false;
        for (var i = first; i <= last; i++)
        {
            if (provisional[i] > 0)
                return false;
            any |= inputs[i] > 0;
        }
        return any;
    }

    /// <summary>The hour index (into <paramref name="series"/>) of a value observed at <paramref name="observedAt"/>, or −1 outside it.</summary>
    internal static int HourOf(HourlyAirSeries series, DateTimeOffset observedAt)
    {
        var i = series.IndexOf(Periods.Containing(observedAt, AveragingPeriod.Hour).End);
        return (uint)i < (uint)series.Hours ? i : -1;
    }
}
