using System.CommandLine;
using QuanTrac.Server;

namespace QuanTrac.Cli.Commands;

/// <summary><c>quantrac serve [--data DIR] [--urls URL] [--demo]</c>: the server with the inbox watcher.</summary>
static class ServeCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var urls = new Option<string>("--urls") { Description = "Listen addresses (default http://127.0.0.1:5080) / Địa chỉ lắng nghe", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var inbox = new Option<string?>("--inbox") { Description = "Inbox folder (default DATA/inbox) / Thư mục nhận tệp" };
        var demo = new Option<bool>("--demo") { Description = "Feed the inbox with simulated stations / Dữ liệu mô phỏng" };
        var command = new Command("serve", "Run the QuanTrac server / Chạy máy chủ QuanTrac") { urls, inbox, demo };
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
            };
            await using var app = await QuanTracServer.BuildAsync(options, ct);
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
