using System.CommandLine;
using QuanTrac.Server;
using QuanTrac.Server.Relay;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac serve [--data DIR | --db CONN] [--inbox DIR] [--urls URL] [--demo] [--relay-key KEY] [--relay-to URL --relay-to-key KEY]</c>:
/// the server with the inbox watcher; several servers on one PostgreSQL database may share one inbox; optionally
/// receiving files relayed by provinces and/or relaying its own to an upstream.
/// </summary>
static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var alerts = new AlertOptions();
        var alertInterval = new Option<double>("--alert-interval") { Description = "Seconds between two alert evaluations on the leader (default 60) / Chu kỳ đánh giá cảnh báo (giây)", DefaultValueFactory = _ => 60 };
        var urls = new Option<string>("--urls") { Description = "Listen addresses (default http://127.0.0.1:5080) / Địa chỉ lắng nghe", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var inbox = new Option<string?>("--inbox") { Description = "Inbox folder (default DATA/inbox) / Thư mục nhận tệp" };
        var demo = new Option<bool>("--demo") { Description = "Feed the inbox with simulated stations / Dữ liệu mô phỏng" };
        var stableMs = new Option<int>("--inbox-stable-ms") { Description = "Milliseconds an inbox file must stay unchanged before it is read (default 5000) / Thời gian tệp phải ổn định", DefaultValueFactory = _ => 5000 };
        var leaseMs = new Option<int>("--inbox-lease-ms") { Description = "Milliseconds a claim on an inbox file lasts unrenewed; after a node dies its files wait this long (default 30000) / Thời hạn nhận xử lý tệp", DefaultValueFactory = _ => 30_000 };
        var node = new Option<string?>("--node") { Description = "Name of this node among several on one database (default host-pid-random) / Tên nút" };
        var relayKey = new Option<string?>("--relay-key")
        {
            Description = "Accept files relayed by provinces that present this key (or env QUANTRAC_RELAY_KEY) / Nhận tệp chuyển tiếp với khoá này",
        };
        var tileUrl = new Option<string?>("--tile-url") { Description = "Map tile URL template of the portal, e.g. https://tile.example/{z}/{x}/{y}.png; empty: outline of Vietnam only (default OpenStreetMap) / Địa chỉ lớp bản đồ nền" };
        var tileAttribution = new Option<string?>("--tile-attribution") { Description = "Attribution shown with the tiles / Ghi nguồn bản đồ nền" };
        var relayTo = new Option<string?>("--relay-to") { Description = "Forward every accepted file to this upstream QuanTrac / Chuyển tiếp tệp lên máy chủ cấp trên" };
        var relayToKey = new Option<string?>("--relay-to-key") { Description = "Key of the upstream (or env QUANTRAC_RELAY_TO_KEY) / Khoá của máy chủ cấp trên" };
        var relaySource = new Option<string?>("--relay-source") { Description = "Name sent with relayed files, e.g. the province code (default: host name) / Tên nơi gửi" };
        var relayBatch = new Option<int>("--relay-batch") { Description = "Outbox rows per round (default 64) / Số tệp mỗi lượt", DefaultValueFactory = _ => 64 };
        var relayBackoff = new Option<double>("--relay-backoff") { Description = "First retry wait in seconds, doubled per failure (default 2) / Thời gian chờ thử lại đầu tiên (giây)", DefaultValueFactory = _ => 2 };
        var relayBackoffCap = new Option<double>("--relay-backoff-cap") { Description = "Longest retry wait in seconds (default 300) / Thời gian chờ tối đa (giây)", DefaultValueFactory = _ => 300 };
        var relayTimeout = new Option<double>("--relay-timeout") { Description = "Longest wait for the upstream's answer in seconds (default 60) / Thời gian chờ trả lời (giây)", DefaultValueFactory = _ => 60 };
        var limitAnonymous = new Option<int>("--rate-limit-anonymous") { Description = "API requests per minute per anonymous address, 0 = unlimited (default 300) / Giới hạn yêu cầu mỗi phút của máy khách ẩn danh", DefaultValueFactory = _ => 300 };
        var limitKey = new Option<int>("--rate-limit-key") { Description = "API requests per minute per API key, 0 = unlimited (default 3000) / Giới hạn yêu cầu mỗi phút của mỗi khoá API", DefaultValueFactory = _ => 3000 };
        var command = new Command("serve", "Run the QuanTrac server / Chạy máy chủ QuanTrac")
        {
            urls, inbox, demo, stableMs, leaseMs, node, relayKey, relayTo, relayToKey, relaySource, relayBatch, relayBackoff, relayBackoffCap, relayTimeout,
            limitAnonymous, limitKey,
            tileUrl, tileAttribution,
        };
        store.AddTo(command);
        alerts.AddTo(command);
        command.Options.Add(alertInterval);
        command.SetAction(async (result, ct) =>
        {
            if (alerts.RunOptions(result, null) is not { } alertRun || alerts.Notifications(result) is not { } notifications)
                return 2;
            RelayOptions? relay = null;
            if (result.GetValue(relayTo) is { } upstreamText)
            {
                var key = result.GetValue(relayToKey) ?? Environment.GetEnvironmentVariable("QUANTRAC_RELAY_TO_KEY");
                if (string.IsNullOrEmpty(key) || !Uri.TryCreate(upstreamText, UriKind.Absolute, out var upstream) || upstream.Scheme is not ("http" or "https"))
                {
                    await Console.Error.WriteLineAsync(
                        "--relay-to needs an absolute http(s) URL and --relay-to-key (or QUANTRAC_RELAY_TO_KEY). / --relay-to cần địa chỉ đầy đủ và --relay-to-key.");
                    return 2;
                }
                relay = new RelayOptions
                {
                    Upstream = upstream,
                    Key = key,
                    Source = RelayOptions.SafeSource(result.GetValue(relaySource) ?? Environment.MachineName),
                    BatchSize = Math.Max(1, result.GetValue(relayBatch)),
                    BackoffBase = Seconds(result.GetValue(relayBackoff)),
                    BackoffCap = Seconds(result.GetValue(relayBackoffCap)),
                    Timeout = Seconds(result.GetValue(relayTimeout)),
                };
            }
            var options = new ServerOptions
            {
                DataDirectory = result.GetValue(store.Data) ?? "data",
                Connection = store.Connection(result),
                Inbox = result.GetValue(inbox),
                Urls = result.GetValue(urls)!,
                Demo = result.GetValue(demo),
                RelayKey = result.GetValue(relayKey) ?? Environment.GetEnvironmentVariable("QUANTRAC_RELAY_KEY"),
                RelayTo = relay,
                InboxStableFor = TimeSpan.FromMilliseconds(result.GetValue(stableMs)),
                InboxClaimLease = TimeSpan.FromMilliseconds(result.GetValue(leaseMs)),
                RateLimits = new() { Anonymous = Math.Max(0, result.GetValue(limitAnonymous)), ApiClient = Math.Max(0, result.GetValue(limitKey)) },
                AlertRun = alertRun,
                Notifications = notifications,
                AlertEvaluationInterval = Seconds(result.GetValue(alertInterval)),
            };
            if (result.GetValue(tileUrl) is { } tiles)
                options = options with { TileUrl = tiles, TileAttribution = result.GetValue(tileAttribution) ?? "" };
            else if (result.GetValue(tileAttribution) is { } attribution)
                options = options with { TileAttribution = attribution };
            if (result.GetValue(node) is { } name)
                options = options with { Node = name };
            await using var app = await QuanTracServer.BuildAsync(options, ct);
            await app.RunAsync();
            return 0;
        });
        return command;
    }

    static TimeSpan Seconds(double value) => TimeSpan.FromSeconds(Math.Max(0.001, value));
}
