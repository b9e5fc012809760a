using QuanTrac.Domain.Tamper;

namespace QuanTrac.Domain.Tests.Tamper;

/// <summary>
/// Simulated clean 5-minute data of a wastewater parameter: a daily cycle plus noise written to two decimals, status 00
/// with a calibration hour on day 3 (values move), files arriving 20–100 s after their time. Seeded: the same every run.
/// </summary>
static class TamperSeries
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(7));

    public static List<TamperRecord> Clean(int days = 10, double mean = 60, double amplitude = 15, int seed = 1)
    {
        var random = new Random(seed);
        var list = new List<TamperRecord>();
        for (var i = 1; i <= days * 288; i++)
        {
            var t = Start.AddMinutes(5 * i);
            var hour = t.Hour + t.Minute / 60.0;
            var v = mean + amplitude * Math.Sin(2 * Math.PI * hour / 24) + 4 * (random.NextDouble() - 0.5) * 2;
            var status = i / 288 == 3 && t.Hour == 10 ? "01" : "00";
            list.Add(new TamperRecord(t, Math.Round((decimal)v, 2, MidpointRounding.AwayFromZero), status, t.AddSeconds(20 + random.Next(80))));
        }
        return list;
    }

    public static DateTimeOffset End(List<TamperRecord> records) => records[^1].ObservedAt;
}
