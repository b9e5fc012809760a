using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Server;
using QuanTrac.Storage;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests;

/// <summary>
/// A real server on a free loopback port with its own data folder. The real station files are dropped into its
/// inbox and travel the real road (watcher → pipeline → store) before the tests run.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    readonly string _data = Directory.CreateTempSubdirectory("quantrac-server-").FullName;
    WebApplication _app = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = await QuanTracServer.BuildAsync(new ServerOptions
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            InboxStableFor = TimeSpan.FromMilliseconds(200),
        });
        await _app.StartAsync();
        var address = _app.Urls.First();
        Client = new HttpClient { BaseAddress = new Uri(address) };

        var store = _app.Services.GetRequiredService<IQuanTracStore>();
        await store.SaveStationAsync(Some.WastewaterStation("TB_CAPH_NUOSXL"));
        var inbox = Path.Combine(_data, "inbox", "TB", "2026", "03", "25");
        Directory.CreateDirectory(inbox);
        File.Copy(Path.Combine(RepoPaths.RealStationFiles, "envisoft-water-demo", "normal", "TB_CAPH_NUOSXL_20260325000000.txt"),
            Path.Combine(inbox, "TB_CAPH_NUOSXL_20260325000000.txt"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await store.GetFilesAsync(new FileQuery(), timeout.Token)).Count == 0)
            await Task.Delay(100, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
