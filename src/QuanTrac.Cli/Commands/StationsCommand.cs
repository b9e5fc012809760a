using System.CommandLine;
using System.Globalization;
using QuanTrac.Domain.Parameters;
using QuanTrac.Storage.Registry;

namespace QuanTrac.Cli.Commands;

/// <summary><c>quantrac stations list|import FILE|export [FILE]</c>: the station registry.</summary>
static class StationsCommand
{
    public static Command Create() =>
        new("stations", "Station registry / Danh mục trạm") { List(), Import(), Export() };

    static Command List()
    {
        var store = new StoreOptions();
        var command = new Command("list", "List registered stations / Liệt kê trạm");
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            var stations = await db.GetStationsAsync(ct);
            Console.Out.WriteLine("prefix\ttype\tprovince\tfacility\tparameters\tname");
            foreach (var s in stations)
                Console.Out.WriteLine(string.Join('\t', s.Prefix, s.Type, s.Province, s.Facility,
                    s.Mappings.Count.ToString(CultureInfo.InvariantCulture), $"{s.NameVi} / {s.NameEn}"));
            Console.Error.WriteLine($"{stations.Count} station(s) / {stations.Count} trạm");
            return 0;
        });
        return command;
    }

    static Command Import()
    {
        var store = new StoreOptions();
        var file = new Argument<string>("FILE") { Description = "Registry file (JSON) / Tệp danh mục trạm" };
        var command = new Command("import", "Register or update stations from a file / Nhập danh mục trạm") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var input = File.OpenRead(result.GetValue(file)!);
            IReadOnlyList<Domain.Stations.Station> stations;
            try
            {
                stations = await StationRegistryFile.ReadAsync(input, ParameterCatalogue.Default, ct);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            await using var db = await store.OpenAsync(result, ct);
            foreach (var s in stations)
                await db.SaveStationAsync(s, ct);
            Console.Error.WriteLine($"{stations.Count} station(s) imported / đã nhập {stations.Count} trạm");
            return 0;
        });
        return command;
    }

    static Command Export()
    {
        var store = new StoreOptions();
        var file = new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne, Description = "Output file (default: standard output) / Tệp xuất" };
        var command = new Command("export", "Write the registry as a file / Xuất danh mục trạm") { file };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            var path = result.GetValue(file);
            await using var output = path is null ? Console.OpenStandardOutput() : File.Create(path);
            await StationRegistryFile.WriteAsync(output, await db.GetStationsAsync(ct), ct);
            return 0;
        });
        return command;
    }
}
