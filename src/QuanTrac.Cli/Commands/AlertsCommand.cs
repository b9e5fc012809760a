using System.CommandLine;
using System.Text.Json.Nodes;
using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Server.Alerts;
using QuanTrac.Storage;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac alerts evaluate|list|ack|resolve (--data DIR | --db CONNECTION) …</c>: evaluates alerts over the stored
/// data (printing the changes as JSON and sending them to the webhook / e-mail given), lists them, and lets an operator
/// acknowledge or resolve one. Exit 2 on bad input, 1 when an alert is unknown or already resolved.
/// </summary>
static class AlertsCommand
{
    public static Command Create() => new("alerts", "Alerts: exceedance, silence, device errors, reference checks / Cảnh báo")
    {
        Evaluate(), List(), Change("ack", "Acknowledge an alert / Tiếp nhận cảnh báo"), Change("resolve", "Resolve an alert / Đóng cảnh báo"),
    };

    static Command Evaluate()
    {
        var store = new StoreOptions();
        var alerts = new AlertOptions();
        var now = new Option<string?>("--now") { Description = "Evaluate as of this time (ISO 8601; default: now) / Đánh giá tại thời điểm" };
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var command = new Command("evaluate", "Evaluate alerts over stored data; print the changes / Đánh giá cảnh báo") { now, station };
        store.AddTo(command);
        alerts.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            DateTimeOffset? at = null;
            if (result.GetValue(now) is { } text)
            {
                if (!VietnamTime.TryParseIso(text, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--now: '{text}' không phải thời điểm hợp lệ (ISO 8601). / '{text}' is not a time; use ISO 8601.");
                    return 2;
                }
                at = parsed;
            }
            if (alerts.RunOptions(result, result.GetValue(station)) is not { } options || alerts.Notifications(result) is not { } channels)
                return 2;
            await using var db = await store.OpenAsync(result, ct);
            var changes = await AlertRun.EvaluateAsync(db, AlertStore(db), TimeProvider.System, options, at, ct);
            using var http = new HttpClient();
            var failures = await AlertNotifier.From(channels, http, TimeProvider.System).NotifyAsync(changes, ct);
            Console.Out.WriteLine(AlertJson.Text(new JsonArray([.. changes.Select(e => (JsonNode)AlertJson.Of(e))]), indented: true));
            foreach (var f in failures)
                await Console.Error.WriteLineAsync(f);
            return failures.Count > 0 ? 1 : 0;
        });
        return command;
    }

    static Command List()
    {
        var store = new StoreOptions();
        var state = new Option<string?>("--state") { Description = "open, acknowledged, resolved or unresolved / Trạng thái" };
        var station = new Option<string?>("--station") { Description = "Station prefix / Mã trạm" };
        var kind = new Option<string?>("--kind") { Description = "exceedance, silence, device-error, reference-check / Loại" };
        var command = new Command("list", "List alerts as JSON, newest change first / Liệt kê cảnh báo") { state, station, kind };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var query = new AlertQuery(Station: result.GetValue(station));
            if (result.GetValue(state) is { } s)
            {
                if (string.Equals(s, "unresolved", StringComparison.OrdinalIgnoreCase))
                    query = query with { Unresolved = true };
                else if (AlertNames.TryParseState(s, out var parsed))
                    query = query with { State = parsed };
                else
                {
                    await Console.Error.WriteLineAsync($"--state: '{s}' phải là open, acknowledged, resolved hoặc unresolved. / must be open, acknowledged, resolved or unresolved.");
                    return 2;
                }
            }
            if (result.GetValue(kind) is { } k)
            {
                if (!AlertNames.TryParseKind(k, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--kind: '{k}' phải là exceedance, silence, device-error hoặc reference-check. / must be exceedance, silence, device-error or reference-check.");
                    return 2;
                }
                query = query with { Kind = parsed };
            }
            await using var db = await store.OpenAsync(result, ct);
            var list = await AlertStore(db).GetAlertsAsync(query, ct);
            Console.Out.WriteLine(AlertJson.Text(new JsonArray([.. list.Select(a => (JsonNode)AlertJson.Of(a))]), indented: true));
            return 0;
        });
        return command;
    }

    static Command Change(string name, string description)
    {
        var store = new StoreOptions();
        var id = new Argument<long>("id") { Description = "Alert id / Mã cảnh báo" };
        var user = new Option<string>("--user") { Description = "Who does it / Người thực hiện", Required = true };
        var note = new Option<string?>("--note") { Description = "Why, or what is being done / Ghi chú" };
        var command = new Command(name, description) { id, user, note };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            await using var db = await store.OpenAsync(result, ct);
            var alerts = AlertStore(db);
            AlertEvent? change;
            try
            {
                change = name == "ack"
                    ? await AlertRun.AcknowledgeAsync(alerts, TimeProvider.System, result.GetValue(id), result.GetValue(user)!, result.GetValue(note), ct)
                    : await AlertRun.ResolveAsync(alerts, TimeProvider.System, result.GetValue(id), result.GetValue(user)!, result.GetValue(note), ct);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
            if (change is null)
            {
                await Console.Error.WriteLineAsync($"Không có cảnh báo {result.GetValue(id)}. / No alert {result.GetValue(id)}.");
                return 1;
            }
            Console.Out.WriteLine(AlertJson.Text(AlertJson.Of(change), indented: true));
            return 0;
        });
        return command;
    }

    static IAlertStore AlertStore(IQuanTracStore store) => store as IAlertStore
        ?? throw new StoreUnavailableException("This store keeps no alerts. / Cơ sở dữ liệu này không lưu cảnh báo.");
}
