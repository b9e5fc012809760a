using System.CommandLine;
using QuanTrac.Ingest.Simulation;
using QuanTrac.Storage.Registry;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac simulate --out DIR --stations N --days D [--start T] [--seed S] [--realtime]</c>: realistic station
/// files (N stations of each type). Also writes <c>DIR/stations.json</c>, the registry of the simulated stations.
/// </summary>
static class SimulateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Required = true, Description = "Output folder / Thư mục ghi tệp" };
        var stations = new Option<int>("--stations") { Description = "Stations of each type (default 2) / Số trạm mỗi loại", DefaultValueFactory = _ => 2 };
        var days = new Option<int>("--days") { Description = "Days of data (default 1) / Số ngày", DefaultValueFactory = _ => 1 };
        var start = new Option<DateTimeOffset?>("--start") { Description = "First timestamp (ISO 8601, Vietnam time without offset) / Thời điểm đầu", CustomParser = TimeArgument.Parse };
        var seed = new Option<int>("--seed") { Description = "Random seed: same seed, same bytes (default 1)", DefaultValueFactory = _ => 1 };
        var realtime = new Option<bool>("--realtime") { Description = "Write each file when its time comes / Ghi theo thời gian thực" };
        var registry = new Option<string?>("--registry") { Description = "Where to write the station registry (default OUT/../stations.json beside the output)" };
        var command = new Command("simulate", "Generate station files / Sinh tệp dữ liệu mô phỏng") { output, stations, days, start, seed, realtime, registry };
        command.SetAction(async (result, ct) =>
        {
            var options = new SimulationOptions
            {
                StationsPerType = result.GetValue(stations),
                Days = result.GetValue(days),
                Seed = result.GetValue(seed),
                Start = result.GetValue(start) ?? default,
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            var outDir = result.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            var registryPath = result.GetValue(registry) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outDir))!, Path.GetFileName(Path.GetFullPath(outDir)) + ".stations.json");
            await using (var file = File.Create(registryPath))
                await StationRegistryFile.WriteAsync(file, SimulatedStations.Build(options), ct);
            Console.Error.WriteLine($"Station registry / danh mục trạm: {registryPath}");
            if (result.GetValue(realtime))
            {
                await SimulationWriter.RunRealtimeAsync(outDir, options, TimeProvider.System, ct);
                return 0;
            }
            var count = SimulationWriter.WriteBackfill(outDir, options);
            Console.Out.WriteLine($"{count} files written to {outDir} / đã ghi {count} tệp");
            return 0;
        });
        return command;
    }
}
