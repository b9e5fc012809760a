using System.CommandLine;
using System.Globalization;
using System.Text;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac export … [--station P] [--parameter P] [--from T] [--to T] [--versions]</c>: CSV
/// <c>station,parameter,observed_at,value,unit,status,file_sha256,received_at,version</c>, times in Vietnam time.
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
        var command = new Command("export", "Observations as CSV / Xuất số liệu dạng CSV") { station, parameter, from, to, versions };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
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

    /// <summary>RFC 4180 quoting: names such as <c>m,p-Xylene</c> hold commas.</summary>
    static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
