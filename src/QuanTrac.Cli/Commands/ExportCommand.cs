using System.CommandLine;
using System.Globalization;
using System.Text;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac export … [--station P] [--parameter P] [--from T] [--to T] [--versions]</c>: CSV
/// <c>station,parameter,observed_at,value,unit,status,file_sha256,received_at,version</c>, times in Vietnam time.
/// With <c>--layer raw|validated|published</c> and/or <c>--as-of T</c> (as-of alone means the raw layer) the rows are the
/// layer's, as it stood at T, and two columns follow: <c>flags</c> (rule ids of the automatic flags, <c>;</c>-separated)
/// and <c>review</c> (<see cref="LayeredValue.ReviewText"/>). Without them the output is exactly the plain export.
/// </summary>
static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var parameter = new Option<string?>("--parameter") { Description = "Canonical parameter code / Mã thông số" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Earliest observed_at, inclusive (ISO 8601) / Từ thời điểm", CustomParser = TimeArgument.Parse };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Latest observed_at, inclusive (ISO 8601) / Đến thời điểm", CustomParser = TimeArgument.Parse };
        var versions = new Option<bool>("--versions") { Description = "Every version, not only the current one / Mọi phiên bản" };
        var layer = new Option<string?>("--layer") { Description = "raw | validated | published (adds columns flags, review) / Lớp số liệu" };
        var asOf = new Option<DateTimeOffset?>("--as-of") { Description = "The series as it stood at this instant (ISO 8601) / Số liệu tại thời điểm", CustomParser = TimeArgument.Parse };
        var command = new Command("export", "Observations as CSV / Xuất số liệu dạng CSV") { station, parameter, from, to, versions, layer, asOf };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(layer) is not null || result.GetValue(asOf) is not null)
                return await LayeredAsync(result, store, station, parameter, from, to, versions, layer, asOf, ct);
            await using var db = await store.OpenAsync(result, ct);
            var query = new SeriesQuery(result.GetValue(station), result.GetValue(parameter), result.GetValue(from), result.GetValue(to), result.GetValue(versions));
            await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            await output.WriteLineAsync("station,parameter,observed_at,value,unit,status,file_sha256,received_at,version");
            await foreach (var s in db.ReadSeriesAsync(query, ct))
            {
                var o = s.Observation;
                await output.WriteLineAsync(string.Join(',',
                    Csv(o.StationPrefix), Csv(o.ParameterCode), VietnamTime.FormatIso(o.ObservedAt),
                    o.Value?.ToString(CultureInfo.InvariantCulture) ?? "", Csv(o.Unit), Csv(o.Status), s.FileSha256,
                    VietnamTime.ToLocal(s.ReceivedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                    s.Version.ToString(CultureInfo.InvariantCulture)));
            }
            return 0;
        });
        return command;
    }

    static async Task<int> LayeredAsync(ParseResult result, StoreOptions store, Option<string?> station, Option<string?> parameter,
        Option<DateTimeOffset?> from, Option<DateTimeOffset?> to, Option<bool> versions, Option<string?> layerOption, Option<DateTimeOffset?> asOf,
        CancellationToken ct)
    {
        var name = result.GetValue(layerOption) ?? "raw";
        if (DataLayers.Parse(name) is not { } layer)
        {
            await Console.Error.WriteLineAsync($"--layer: '{name}' không phải lớp số liệu (raw, validated, published). / '{name}' is not a layer; use raw, validated or published.");
            return 2;
        }
        if (result.GetValue(versions) && layer != DataLayer.Raw)
        {
            await Console.Error.WriteLineAsync("--versions chỉ dùng với lớp raw. / --versions goes with the raw layer only.");
            return 2;
        }
        await using var db = await store.OpenAsync(result, ct);
        var query = new LayerQuery(layer, result.GetValue(station), result.GetValue(parameter), result.GetValue(from), result.GetValue(to),
            result.GetValue(asOf), result.GetValue(versions));
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        await output.WriteLineAsync("station,parameter,observed_at,value,unit,status,file_sha256,received_at,version,flags,review");
        await foreach (var x in LayerReader.ReadAsync(db, query, ct))
        {
            var (s, l) = (x.Stored, x.Layered);
            var o = s.Observation;
            await output.WriteLineAsync(string.Join(',',
                Csv(o.StationPrefix), Csv(o.ParameterCode), VietnamTime.FormatIso(o.ObservedAt),
                l.Value?.ToString(CultureInfo.InvariantCulture) ?? "", Csv(o.Unit), Csv(o.Status), s.FileSha256,
                VietnamTime.ToLocal(s.ReceivedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                s.Version.ToString(CultureInfo.InvariantCulture), Csv(string.Join(';', l.RuleIds)), Csv(l.ReviewText(layer))));
        }
        return 0;
    }

    /// <summary>RFC 4180 quoting: names such as <c>m,p-Xylene</c> hold commas.</summary>
    static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
