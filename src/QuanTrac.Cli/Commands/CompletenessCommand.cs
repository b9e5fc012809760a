using System.CommandLine;
using System.Globalization;
using System.Text;
using QuanTrac.Domain.Quality.Completeness;
using QuanTrac.Ingest.Quality;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac completeness (--data DIR | --db CONNECTION) --from D --to D [--by day|month] [--station P]
/// [--on-time-minutes M] [--uptime]</c>: CSV <c>station,parameter,date,expected,received,valid,on_time</c>; with
/// <c>--uptime</c> CSV <c>station,date,expected,up,uptime_percent</c>. Dates are Vietnam-time days of the daily means
/// (day D = records stamped after 00:00 of D up to 00:00 of D+1). Exit 2 on bad input.
/// </summary>
static class CompletenessCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var from = new Option<string>("--from") { Description = "First day, yyyy-MM-dd (Vietnam time) / Từ ngày", Required = true };
        var to = new Option<string>("--to") { Description = "Last day, inclusive, yyyy-MM-dd / Đến ngày", Required = true };
        var by = new Option<string>("--by") { Description = "day or month (default day) / Theo ngày hoặc tháng", DefaultValueFactory = _ => "day" };
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var onTime = new Option<double>("--on-time-minutes")
        {
            Description = "Largest delay received − observed that counts as on time, minutes (default 6 = 5 + 1 grace) / Độ trễ tối đa (phút)",
            DefaultValueFactory = _ => 6,
        };
        var uptime = new Option<bool>("--uptime") { Description = "Print station uptime instead / In tỷ lệ hoạt động của trạm" };
        var command = new Command("completeness", "Completeness and timeliness per station, parameter and day / Tỷ lệ nhận số liệu đầy đủ và đúng hạn")
        {
            from, to, by, station, onTime, uptime,
        };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (!TryDate(result.GetValue(from)!, "--from", out var start) || !TryDate(result.GetValue(to)!, "--to", out var end))
                return 2;
            if (end < start)
            {
                await Console.Error.WriteLineAsync("--to trước --from. / --to is before --from.");
                return 2;
            }
            var period = result.GetValue(by)!.Trim().ToLowerInvariant() switch
            {
                "day" => (CompletenessPeriod?)CompletenessPeriod.Day,
                "month" => CompletenessPeriod.Month,
                _ => null,
            };
            var minutes = result.GetValue(onTime);
            if (period is null || minutes < 0 || double.IsNaN(minutes))
            {
                await Console.Error.WriteLineAsync("--by phải là day hoặc month; --on-time-minutes không âm. / --by must be day or month; --on-time-minutes must not be negative.");
                return 2;
            }
            await using var db = await store.OpenAsync(result, ct);
            var settings = new CompletenessSettings { OnTimeDelay = TimeSpan.FromMinutes(minutes) };
            var (rows, up) = await CompletenessRun.RunAsync(db, start, end, period.Value, settings, station: result.GetValue(station), cancellationToken: ct);
            var text = new StringBuilder();
            if (result.GetValue(uptime))
            {
                text.Append("station,date,expected,up,uptime_percent\n");
                foreach (var r in up)
                    text.Append(CultureInfo.InvariantCulture, $"{r.Station},{r.Date:yyyy-MM-dd},{r.Expected},{r.Up},{r.UptimePercent}\n");
            }
            else
            {
                text.Append("station,parameter,date,expected,received,valid,on_time\n");
                foreach (var r in rows)
                    text.Append(CultureInfo.InvariantCulture, $"{r.Station},{r.Parameter},{r.Date:yyyy-MM-dd},{r.Expected},{r.Received},{r.Valid},{r.OnTime}\n");
            }
            await Console.Out.WriteAsync(text.ToString());
            return 0;
        });
        return command;
    }

    static bool TryDate(string text, string option, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        Console.Error.WriteLine($"{option}: '{text}' không phải ngày hợp lệ (yyyy-MM-dd, ví dụ 2026-03-25). / '{text}' is not a date; use yyyy-MM-dd, e.g. 2026-03-25.");
        return false;
    }
}
