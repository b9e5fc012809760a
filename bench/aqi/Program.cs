using System.Diagnostics;
using System.Globalization;
using QuanTrac.Domain.Standards.Air;
using QuanTrac.Domain.Standards.VnAqi;

// Hourly VN_AQI with NowCast over N stations × one year of hourly means (synthetic, in memory).
// A "value" is one hourly mean of one pollutant; each station-hour reads six of them.
var stations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3000;
const int hours = 8760;
const int pool = 32; // distinct synthetic stations, reused so the data fit in memory

var first = new DateTimeOffset(2025, 1, 1, 1, 0, 0, TimeSpan.FromHours(7));
var series = new HourlyAirSeries[pool];
for (var s = 0; s < pool; s++)
{
    var random = new Random(s);
    var x = new HourlyAirSeries(first, hours);
    foreach (var p in AirPollutants.All)
    {
        var v = x.ValuesOrCreate(p);
        var scale = p switch { AirPollutant.CO => 2000m, AirPollutant.PM10 => 80m, AirPollutant.O3 => 90m, _ => 40m };
        for (var h = 0; h < hours; h++)
            v[h] = random.NextDouble() < 0.03 ? null // 3 % missing hours
                : Math.Round(scale * (decimal)(0.3 + random.NextDouble() + 0.5 * Math.Sin(h * Math.PI / 12)), 1);
    }
    series[s] = x;
}

long checksum = 0;
Run(Math.Min(stations, 100)); // warm-up (tiered JIT)
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
checksum = Run(stations);
watch.Stop();
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

var stationHours = (double)stations * hours;
var seconds = watch.Elapsed.TotalSeconds;
Console.WriteLine(FormattableString.Invariant(
    $"hourly VN_AQI with NowCast: {stations} stations × {hours} h = {stationHours:N0} station-hours, {stationHours * 6:N0} hourly values"));
Console.WriteLine(FormattableString.Invariant(
    $"{seconds:F2} s on {Environment.ProcessorCount} cores: {stationHours / seconds:N0} station-hours/s, {stationHours * 6 / seconds:N0} hourly values/s (checksum {checksum})"));
// On a shared machine the wall clock undercounts: CPU time says what the code costs per core.
Console.WriteLine(FormattableString.Invariant(
    $"CPU time {cpu:F2} s: {stationHours * 6 / cpu:N0} hourly values per CPU-second, {Environment.ProcessorCount * stationHours * 6 / cpu:N0} values/s on {Environment.ProcessorCount} uncontended cores"));

long Run(int n)
{
    long total = 0;
    Parallel.For(0, n, () => 0L, (station, _, local) =>
    {
        Span<decimal?> sub = stackalloc decimal?[AirPollutants.Count];
        var x = series[station % pool];
        for (var h = 0; h < hours; h++)
            local += VnAqiHourly.Compute(x, h, sub).Aqi ?? 0;
        return local;
    }, local => Interlocked.Add(ref total, local));
    return total;
}
