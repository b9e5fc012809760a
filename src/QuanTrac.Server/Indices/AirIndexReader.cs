using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage;

namespace QuanTrac.Server.Indices;

/// <summary>
/// Reads a station's stored observations and reduces them to the hourly means (hour-ending, Vietnam time) that
/// the VN_AQI engine takes. One query per station (all parameters), not one per pollutant.
/// </summary>
public static class AirIndexReader
{
    /// <summary>
    /// Hourly means of the six AQI pollutants for hour labels in (<paramref name="from"/>, <paramref name="to"/>],
    /// from the current observations with device status 00 and no invalidating intake flag; an hour below the
    /// coverage threshold (default 75 %) stays missing.
    /// </summary>
    public static async Task<HourlyAirSeries> ReadHourlyAsync(IQuanTracStore store, Station station, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var firstLabel = Periods.Containing(from, AveragingPeriod.Hour).End;
        var lastLabel = Periods.Containing(to, AveragingPeriod.Hour).End;
        var hours = Math.Max(0, (int)((lastLabel - firstLabel).Ticks / TimeSpan.TicksPerHour) + 1);
        var series = new HourlyAirSeries(firstLabel, hours);
        var byPollutant = new List<TimedValue>?[AirPollutants.Count];
        // Values stamped in (firstLabel − 1 h, lastLabel] make up the hours of the grid.
        await foreach (var o in store.ReadSeriesAsync(new SeriesQuery(station.Prefix, null, firstLabel.AddHours(-1).AddTicks(1), lastLabel), ct))
        {
            if (!AirPollutants.TryParse(o.Observation.ParameterCode, out var pollutant))
                continue;
            (byPollutant[(int)pollutant] ??= []).Add(TimedValue.FromObservation(o.Observation));
        }
        for (var p = 0; p < AirPollutants.Count; p++)
        {
            if (byPollutant[p] is not { } values)
                continue;
            var target = series.ValuesOrCreate((AirPollutant)p);
            foreach (var hour in Averages.Hourly(values, station.ExpectedInterval))
            {
                var i = series.IndexOf(hour.End);
                if ((uint)i < (uint)hours)
                    target[i] = hour.Mean;
            }
        }
        return series;
    }

    /// <summary>
    /// The newest hourly VN_AQI of a station at or before <paramref name="now"/>: the last complete hour first,
    /// then up to <paramref name="lookBackHours"/> − 1 hours earlier when a late station has not sent it yet.
    /// Reads 12 more hours for the PM NowCast.
    /// </summary>
    public static async Task<(DateTimeOffset Label, AqiResult Result)?> LatestHourlyAsync(IQuanTracStore store, Station station, DateTimeOffset now, int lookBackHours, CancellationToken ct)
    {
        // The hour that ends at or before now is the last complete one.
        var lastComplete = Periods.Containing(now, AveragingPeriod.Hour).Start;
        var series = await ReadHourlyAsync(store, station, lastComplete.AddHours(-(lookBackHours + 12)), lastComplete, ct);
        for (var i = series.Hours - 1; i >= Math.Max(0, series.Hours - lookBackHours); i--)
        {
            var result = Domain.Standards.VnAqi.VnAqiHourly.At(series, i);
            if (result.Aqi is not null)
                return (series.LabelAt(i), result);
        }
        return null;
    }
}
