using System.Diagnostics;
using System.Globalization;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Stations;

// Automatic QC (all rules at their defaults) over N stations × 10 parameters × one year of 5-minute values,
// synthetic and in memory. A "value" is one 5-minute value of one parameter.
var stations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
const int perYear = 365 * 288;
const int pool = 30; // distinct synthetic series (3.4 MB each): 3 per parameter, reused in a cycle so the data fit in memory
string[] parameters = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5", "Temp", "RH", "WindSpeed", "WindDir"];
double[] levels = [12, 30, 900, 45, 55, 32, 28, 70, 2.2, 135];

var first = new DateTimeOffset(2025, 1, 1, 0, 5, 0, TimeSpan.FromHours(7)).UtcTicks;
var step = TimeSpan.FromMinutes(5).Ticks;
var series = new QcValue[pool][];
for (var s = 0; s < pool; s++)
{
    var random = new Random(s);
    var level = levels[s % levels.Length];
    var x = new QcValue[perYear];
    double noise = 0;
    var stuckLeft = 0;
    for (var i = 0; i < perYear; i++)
    {
        noise = (0.97 * noise) + (0.07 * (random.NextDouble() - 0.5));
        var v = Math.Round(level * (1 + (0.3 * Math.Sin(i * 2 * Math.PI / 288)) + noise), 2);
        var status = DeviceStatus.Measuring;
        var u = random.NextDouble();
        if (u < 0.003) status = DeviceStatus.DeviceError;        // device errors
        else if (u < 0.004) status = DeviceStatus.Calibrating;   // calibrations
        else if (u < 0.0043) v *= 5;                              // spikes
        else if (u < 0.00432) stuckLeft = 24;                     // stuck sensors
        if (stuckLeft-- > 0 && i > 0) v = x[i - 1].Value;
        var observed = first + (i * step);
        var received = observed + TimeSpan.FromSeconds(u < 0.01 ? 3600 : 30).Ticks; // 1 % late
        x[i] = new(observed, status == DeviceStatus.DeviceError ? double.NaN : v, status, 2, ObservationFlags.None, received);
    }
    series[s] = x;
}

var ruleSet = QcRuleSet.Default;
var evaluatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
Run(Math.Min(stations, 10)); // warm-up (tiered JIT)
// What the synthetic data make the rules say (one pass over the distinct series, not timed).
var byRule = new long[QcRules.All.Count];
for (var s = 0; s < pool; s++)
{
    var buffer = new List<QcFlag>();
    QcEngine.Evaluate(ruleSet.Resolve("ST", StationType.AmbientAir, parameters[s % parameters.Length]), series[s], null, evaluatedAt, buffer);
    foreach (var f in buffer)
        byRule[(int)f.Rule]++;
}
Console.WriteLine("flags per rule on the distinct series: " + string.Join(", ",
    QcRules.All.Select(r => FormattableString.Invariant($"{QcRules.Id(r)} {100.0 * byRule[(int)r] / ((double)pool * perYear):F2} %"))));
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
var flags = Run(stations);
watch.Stop();
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

var values = (double)stations * parameters.Length * perYear;
var seconds = watch.Elapsed.TotalSeconds;
Console.WriteLine(FormattableString.Invariant(
    $"QC, all rules at defaults: {stations} stations × {parameters.Length} parameters × {perYear} five-minute values = {values:N0} values, {flags:N0} flags"));
Console.WriteLine(FormattableString.Invariant(
    $"{seconds:F2} s on {Environment.ProcessorCount} cores: {values / seconds:N0} values/s"));
// On a shared machine the wall clock undercounts: CPU time says what the code costs per core.
Console.WriteLine(FormattableString.Invariant(
    $"CPU time {cpu:F2} s: {values / cpu:N0} values per CPU-second, {Environment.ProcessorCount * values / cpu:N0} values/s on {Environment.ProcessorCount} uncontended cores"));

long Run(int n)
{
    long total = 0;
    Parallel.For(0, n * parameters.Length, () => new List<QcFlag>(4096), (k, _, buffer) =>
    {
        var (station, parameter) = (k / parameters.Length, k % parameters.Length);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"ST{station:D3}");
        var rules = ruleSet.Resolve(prefix, StationType.AmbientAir, parameters[parameter]);
        Interlocked.Add(ref total, QcEngine.Evaluate(rules, series[(station % (pool / parameters.Length) * parameters.Length) + parameter], null, evaluatedAt, buffer));
        return buffer;
    }, _ => { });
    return total;
}
