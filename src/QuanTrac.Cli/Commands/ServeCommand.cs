using System.CommandLine;
using QuanTrac.Server;

namespace QuanTrac.Cli.Commands;

/// <summary>
/// <c>quantrac serve [--data DIR | --db CONN] [--inbox DIR] [--urls URL] [--demo]</c>: the server with the inbox watcher.
/// Several servers on one PostgreSQL database may share one inbox.
/// </summary>
static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Listen addresses (default http://127.0.0.1:5080) / Địa chỉ lắng nghe", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var inbox = new Option<string?>("--inbox") { Description = "Inbox folder (default DATA/inbox) / Thư mục nhận tệp" };
        var demo = new Option<bool>("--demo") { Description = "Feed the inbox with simulated stations / Dữ liệu mô phỏng" };
        var stableMs = new Option<int>("--inbox-stable-ms") { Description = "Milliseconds an inbox file must stay unchanged before it is read (default 5000) / Thời gian tệp phải ổn định", DefaultValueFactory = _ => 5000 };
        var leaseMs = new Option<int>("--inbox-lease-ms") { Description = "Milliseconds a claim on an inbox file lasts unrenewed; after a node dies its files wait this long (default 30000) / Thời hạn nhận xử lý tệp", DefaultValueFactory = _ => 30_000 };
        var node = new Option<string?>("--node") { Description = "Name of this node among several on one database (default host-pid-random) / Tên nút" };
        var command = new Command("serve", "Run the QuanTrac server / Chạy máy chủ QuanTrac") { urls, inbox, demo, stableMs, leaseMs, node };
        store.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var options = new ServerOptions
            {
                DataDirectory = result.GetValue(store.Data) ?? "data",
                Connection = result.GetValue(store.Db),
                Inbox = result.GetValue(inbox),
                Urls = result.GetValue(urls)!,
                Demo = result.GetValue(demo),
                InboxStableFor = TimeSpan.FromMilliseconds(result.GetValue(stableMs)),
                InboxClaimLease = TimeSpan.FromMilliseconds(result.GetValue(leaseMs)),
            };
            if (result.GetValue(node) is { } name)
                options = options with { Node = name };
            await using var app = await QuanTracServer.BuildAsync(options, ct);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
