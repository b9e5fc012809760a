using System.Globalization;
using System.Text;

namespace QuanTrac.TestKit;

/// <summary>
/// The VN_AQI worked examples of spec/air-quality-index.md §14 as the CSV that <c>quantrac aqi vn|us</c> reads
/// (<c>time,parameter,value</c>, hour-ending Vietnam-local labels), shared by the domain and the CLI tests.
/// </summary>
public static class AirQualityWorkedExamples
{
    /// <summary>§14 (a): PM2.5 hourly means from 09:00 to 20:00 on 2026-03-10 (NowCast at 20:00 = 20.3).</summary>
    public static IReadOnlyList<decimal> Pm25NineToEight { get; } = [26.9m, 24.7m, 20.5m, 23.5m, 19.5m, 16.5m, 19.0m, 16.5m, 20.3m, 22.4m, 19.6m, 20.6m];

    /// <summary>§14 (a) as CSV: only the twelve PM2.5 hours.</summary>
    public static string NowCastCsv()
    {
        var csv = new StringBuilder("time,parameter,value\n");
        for (var i = 0; i < Pm25NineToEight.Count; i++)
            csv.Append(CultureInfo.InvariantCulture, $"2026-03-10 {9 + i:00}:00,PM2.5,{Pm25NineToEight[i]}\n");
        return csv.ToString();
    }

    /// <summary>§14 (b) as CSV: the PM2.5 hours plus O3 136.1 and NO2 118.7 at 20:00 (AQI 59, main pollutant NO2).</summary>
    public static string HourlyCsv() => NowCastCsv() + "2026-03-10 20:00,O3,136.1\n2026-03-10 20:00,NO2,118.7\n";

    /// <summary>
    /// §14 (d) as CSV, CRLF line ends: the 24 hours of 2026-03-10 (01:00 … 24:00) giving PM2.5 24-h 55.7, O3 max
    /// 1-h 114.6 and max 8-h 89.3, NO2 max 1-h 130.8 (daily AQI 110, main pollutant PM2.5).
    /// </summary>
    public static string DailyCsv()
    {
        var o3 = Enumerable.Repeat(20m, 24).ToArray();
        o3[9] = 114.6m;
        for (var k = 10; k < 16; k++) o3[k] = 85.7m;
        o3[16] = 85.6m;
        var csv = new StringBuilder("time,parameter,value\r\n");
        var start = new DateTime(2026, 3, 10, 1, 0, 0);
        for (var h = 0; h < 24; h++)
        {
            var t = start.AddHours(h).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"{t},PM2.5,55.7\r\n{t},O3,{o3[h]}\r\n{t},NO2,{(h == 12 ? 130.8m : 50m)}\r\n");
        }
        return csv.ToString();
    }
}
