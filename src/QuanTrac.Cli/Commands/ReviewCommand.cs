using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Review;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac review approve|invalidate|correct|annotate|reopen --station S --parameter P --from T [--to T] --user U
/// --reason "…" [--level 1|2] [--value V]</c>: records one review action (checked, audited) and prints it as JSON;
/// <c>quantrac review queue [--province P] [--station S] [--from T] [--to T]</c> prints what needs level 1 / level 2.
/// A refused action exits 2 with the reason in Vietnamese and English; nothing is written then.
/// </summary>
static class ReviewCommand
{
    public static Command Create()
    {
        var command = new Command("review", "Data review: level 1 and level 2, locks, queue / Kiểm duyệt số liệu hai cấp");
        foreach (var kind in Enum.GetValues<ReviewActionKind>())
            command.Subcommands.Add(Action(kind));
        command.Subcommands.Add(Queue());
        return command;
    }

    static Command Action(ReviewActionKind kind)
    {
        var store = new StoreOptions();
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var parameter = new Option<string?>("--parameter") { Description = "Canonical parameter code / Mã thông số" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "First observation time, inclusive (ISO 8601) / Từ thời điểm", CustomParser = TimeArgument.Parse };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Last observation time, inclusive; default --from (one value) / Đến thời điểm", CustomParser = TimeArgument.Parse };
        var user = new Option<string?>("--user") { Description = "Who acts / Người thực hiện" };
        var reason = new Option<string?>("--reason") { Description = "Why (required except for approve) / Lý do" };
        var level = new Option<int>("--level") { Description = "Review level 1 or 2 (default 1) / Cấp kiểm duyệt", DefaultValueFactory = _ => 1 };
        var value = new Option<string?>("--value") { Description = "New value of a correction (canonical unit) / Giá trị hiệu chỉnh" };
        var name = ReviewActionKinds.Name(kind);
        var command = new Command(name, Describe(kind)) { station, parameter, from, to, user, reason };
        if (kind != ReviewActionKind.Reopen)
            command.Options.Add(level);
        if (kind == ReviewActionKind.Correct)
            command.Options.Add(value);
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            if (Missing(result.GetValue(station), "--station") || Missing(result.GetValue(parameter), "--parameter")
                || Missing(result.GetValue(user), "--user") || Missing(result.GetValue(from)?.ToString(CultureInfo.InvariantCulture), "--from"))
                return 2;
            decimal? newValue = null;
            if (result.GetValue(value) is { } text)
            {
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--value: '{text}' không phải số (dùng dấu chấm thập phân). / '{text}' is not a number (use a decimal point).");
                    return 2;
                }
                newValue = parsed;
            }
            var start = result.GetValue(from)!.Value;
            var request = new ReviewRequest(result.GetValue(station)!, result.GetValue(parameter)!, start, result.GetValue(to) ?? start, kind,
                kind == ReviewActionKind.Reopen ? 2 : result.GetValue(level), result.GetValue(user)!, result.GetValue(reason), newValue);
            await using var db = await store.OpenAsync(result, ct);
            if (db is not IReviewStore)
            {
                await Console.Error.WriteLineAsync("Cơ sở dữ liệu này không lưu thao tác kiểm duyệt. / This store keeps no review actions.");
                return 1;
            }
            ReviewAction action;
            try
            {
                action = await new ReviewService(db, TimeProvider.System).RecordAsync(request, ct);
            }
            catch (ReviewRefusedException e)
            {
                await Console.Error.WriteLineAsync($"{e.Code}: {e.Message}");
                return 2;
            }
            using (var stdout = Console.OpenStandardOutput())
                WriteAction(stdout, action);
            Console.Out.WriteLine();
            return 0;
        });
        return command;
    }

    static Command Queue()
    {
        var store = new StoreOptions();
        var province = new Option<string?>("--province") { Description = "Province code / Mã tỉnh" };
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Earliest observation time, inclusive / Từ thời điểm", CustomParser = TimeArgument.Parse };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Latest observation time, inclusive / Đến thời điểm", CustomParser = TimeArgument.Parse };
        var command = new Command("queue", "What needs level-1 or level-2 review, per station parameter / Hàng đợi kiểm duyệt") { province, station, from, to };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            var items = await ReviewQueue.BuildAsync(db, new ReviewQueueQuery(result.GetValue(province), result.GetValue(station), result.GetValue(from), result.GetValue(to)), ct);
            using (var stdout = Console.OpenStandardOutput())
            using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                new JsonArray([.. items.Select(i => (JsonNode)ReviewJson.Of(i))]).WriteTo(w); // the same items as GET /api/v1/review/queue
            Console.Out.WriteLine();
            return 0;
        });
        return command;
    }

    static string Describe(ReviewActionKind kind) => kind switch
    {
        ReviewActionKind.Approve => "Approve values as they stand / Phê duyệt số liệu",
        ReviewActionKind.Invalidate => "Invalidate values (reason required) / Loại bỏ số liệu (cần lý do)",
        ReviewActionKind.Correct => "Correct values to --value (reason required; the original is kept) / Hiệu chỉnh số liệu (cần lý do)",
        ReviewActionKind.Annotate => "Add a note / Ghi chú",
        _ => "Reopen approved (locked) values, reason required / Mở lại số liệu đã phê duyệt (cần lý do)",
    };

    static bool Missing(string? value, string option)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return false;
        Console.Error.WriteLine($"Thiếu {option}. / {option} is required.");
        return true;
    }

    static void WriteAction(Stream output, ReviewAction a)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var r = a.Request;
        w.WriteStartObject();
        w.WriteNumber("id", a.Id);
        w.WriteString("action", ReviewActionKinds.Name(r.Kind));
        w.WriteNumber("level", r.Level);
        w.WriteString("station", r.Station);
        w.WriteString("parameter", r.Parameter);
        w.WriteString("from", VietnamTime.FormatIso(r.From));
        w.WriteString("to", VietnamTime.FormatIso(r.To));
        w.WriteString("user", r.User);
        w.WriteString("reason", r.Reason);
        if (r.Value is { } v)
            w.WriteNumber("value", v);
        else
            w.WriteNull("value");
        w.WriteString("recordedAt", VietnamTime.ToLocal(a.RecordedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }
}
