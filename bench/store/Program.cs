using System.Diagnostics;
using System.Globalization;
using QuanTrac.Domain.Standards.Averaging;
using QuanTrac.Ingest.Intake;
using QuanTrac.Ingest.Simulation;
using QuanTrac.Storage;

// Query latencies of a store, measured through the store contract (what the server and reports use):
//   1. latest values of every station of a national-size registry (N stations per type, one day of data);
//   2. hourly means for one station-year (one year of 5-minute PM2.5 of one station → 8,760 hourly means).
// Usage: QuanTrac.Bench.Store (--data DIR | --db CONNECTION) [--stations 750] [--repeats 20]
// The data are loaded through the real intake pipeline from the simulator, in memory (no files on disk).
var options = Args.Parse(args);
await using var store = await StoreFactory.OpenAsync(options.Data, options.Db);
var time = TimeProvider.System;

var national = new SimulationOptions { StationsPerType = options.Stations, Days = 1, Seed = 1 };
var year = new SimulationOptions { StationsPerType = 1, Days = 365, Seed = 2, Start = new DateTimeOffset(2024, 1, 1, 0, 5, 0, TimeSpan.FromHours(7)) };
if ((await store.GetStationsAsync()).Count < national.StationsPerType * 4)
{
    foreach (var s in SimulatedStations.Build(national))
        await store.SaveStationAsync(s);
    foreach (var (label, sim) in new[] { ("national day", national), ("station-year", year) })
    {
        var sw = Stopwatch.StartNew();
        await using var pipeline = await IntakePipeline.StartAsync(store, new IntakeOptions(), time);
        var files = 0;
        foreach (var f in StationSimulator.Generate(sim))
        {
            await pipeline.EnqueueAsync(pipeline.Prepare(new ReceivedFile(f.FileName, f.RelativePath, f.Bytes, time.GetUtcNow())));
            files++;
        }
        await pipeline.CompleteAsync();
        Console.Error.WriteLine($"loaded {label}: {files:N0} files, {pipeline.Summary.Accepted:N0} accepted in {sw.Elapsed.TotalSeconds:F1} s");
    }
}

var stations = (await store.GetStationsAsync()).Select(s => s.Prefix).ToList();
var latest = new List<double>();
foreach (var prefix in stations.Take(50))
    await store.GetLatestAsync(prefix); // warm-up
foreach (var prefix in stations)
{
    var sw = Stopwatch.StartNew();
    await store.GetLatestAsync(prefix);
    latest.Add(sw.Elapsed.TotalMilliseconds);
}

var airStation = SimulatedStations.Build(1)[0].Prefix; // the ambient station of the year set
var from = year.Start;
var to = year.Start.AddDays(365);
var hourly = new List<double>();
var means = 0;
for (var i = 0; i < options.Repeats + 2; i++)
{
    var sw = Stopwatch.StartNew();
    var values = new List<TimedValue>();
    await foreach (var o in store.ReadSeriesAsync(new SeriesQuery(airStation, "PM2.5", from, to)))
        values.Add(TimedValue.FromObservation(o.Observation));
    means = Averages.Hourly(values, TimeSpan.FromMinutes(5), new AveragingSettings()).Count(a => a.Valid);
    if (i >= 2)
        hourly.Add(sw.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"store: {(options.Db is null ? "SQLite " + options.Data : "PostgreSQL")}, {stations.Count:N0} stations");
Console.WriteLine($"latest values, one station at a time, {latest.Count:N0} stations: p50 {P(latest, 50):F2} ms, p95 {P(latest, 95):F2} ms");
Console.WriteLine($"hourly means of one station-year ({means:N0} valid hours), {hourly.Count} repeats: p50 {P(hourly, 50):F0} ms, p95 {P(hourly, 95):F0} ms");

static double P(List<double> xs, int p)
{
    var sorted = xs.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

sealed record Args(string? Data, string? Db, int Stations, int Repeats)
{
    public static Args Parse(string[] a)
    {
        string? Get(string name) => Array.IndexOf(a, name) is var i and >= 0 && i + 1 < a.Length ? a[i + 1] : null;
        return new Args(Get("--data"), Get("--db"),
            int.Parse(Get("--stations") ?? "750", CultureInfo.InvariantCulture),
            int.Parse(Get("--repeats") ?? "20", CultureInfo.InvariantCulture));
    }
}
