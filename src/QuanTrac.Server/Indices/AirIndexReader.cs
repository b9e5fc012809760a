using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Domain.Stations;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.Indices;

/// <summary>
/// Reads a station's values in the published layer (<see cref="LayerReader"/>: the reviewed value where level 2
/// approved it, else the value that passed the automatic checks, labelled provisional; values a reviewer invalidated
/// left out, corrected values substituted) and reduces them to the hourly means (hour-ending, Vietnam time) that
/// the VN_AQI engine takes. One series query per station (all parameters), not one per pollutant.
/// </summary>
public static class AirIndexReader
{
    /// <summary>
    /// Hourly means of the six AQI pollutants for hour labels in (<paramref name="from"/>, <paramref name="to"/>],
    /// from the published layer; an hour below the coverage threshold (default 75 %) stays missing. Each hour also
    /// counts its provisional inputs, so results can be labelled validated only when all their inputs are.
    /// </summary>
    public static async Task<PublishedAirSeries> ReadHourlyAsync(IQuanTracStore store, Station station, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var firstLabel = Periods.Containing(from, AveragingPeriod.Hour).End;
        var lastLabel = Periods.Containing(to, AveragingPeriod.Hour).End;
        var hours = Math.Max(0, (int)((lastLabel - firstLabel).Ticks / TimeSpan.TicksPerHour) + 1);
        var series = new HourlyAirSeries(firstLabel, hours);
        var byPollutant = new List<TimedValue>?[AirPollutants.Count];
        var inputs = new int[hours];
        var provisional = new int[hours];
        // Values stamped in (firstLabel − 1 h, lastLabel] make up the hours of the grid (the layer reader's bounds are
        // inclusive; the store keeps seconds, so one second after the bound is the first instant inside).
        var query = new LayerQuery(DataLayer.Published, station.Prefix, null, firstLabel.AddHours(-1).AddSeconds(1), lastLabel);
        await foreach (var o in LayerReader.ReadAsync(store, query, ct))
        {
            if (!AirPollutants.TryParse(o.Stored.Observation.ParameterCode, out var pollutant))
                continue;
            (byPollutant[(int)pollutant] ??= []).Add(o.Layered.ToTimedValue());
            var h = PublishedAirSeries.HourOf(series, o.Stored.Observation.ObservedAt);
            if (h >= 0 && o.Layered.Usable)
            {
                inputs[h]++;
                if (o.Layered.Provisional)
                    provisional[h]++;
            }
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
        return new PublishedAirSeries(series, inputs, provisional);
    }

    /// <summary>
    /// The newest hourly VN_AQI of a station at or before <paramref name="now"/>: the last complete hour first,
    /// then up to <paramref name="lookBackHours"/> − 1 hours earlier when a late station has not sent it yet.
    /// Reads 12 more hours for the PM NowCast.
    /// </summary>
    public static async Task<(DateTimeOffset Label, AqiResult Result, bool Validated)?> LatestHourlyAsync(IQuanTracStore store, Station station, DateTimeOffset now, int lookBackHours, CancellationToken ct)
    {
        // The hour that ends at or before now is the last complete one.
        var lastComplete = Periods.Containing(now, AveragingPeriod.Hour).Start;
        var published = await ReadHourlyAsync(store, station, lastComplete.AddHours(-(lookBackHours + 12)), lastComplete, ct);
        var series = published.Series;
        for (var i = series.Hours - 1; i >= Math.Max(0, series.Hours - lookBackHours); i--)
        {
            var result = Domain.Standards.VnAqi.VnAqiHourly.At(series, i);
            if (result.Aqi is not null)
                return (series.LabelAt(i), result, published.IsHourValidated(i));
        }
        return null;
    }
}
