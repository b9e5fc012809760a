using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using QuanTrac.Server;

namespace QuanTrac.Browser.Tests;

/// <summary>
/// A real server with the demo feed (simulated stations writing into its inbox, ingested by the watcher) on a free
/// loopback port, no map tiles (so the outline of Viet Nam is drawn, as on a machine without internet), and Debian's
/// Chromium driven by Playwright. Without Chromium every test is skipped with the reason.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; `apt-get install -y chromium` (./test.sh does it when root).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    readonly string _data = Directory.CreateTempSubdirectory("quantrac-browser-").FullName;
    WebApplication? _app;
    IPlaywright? _playwright;

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? SkipReason { get; private set; }

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots are kept (test artifacts; look at them).</summary>
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); browser tests skipped.";
            return;
        }
        Directory.CreateDirectory(Artifacts);
        _app = await QuanTracServer.BuildAsync(new ServerOptions
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            Demo = true,
            InboxStableFor = TimeSpan.FromMilliseconds(200),
            IndexRefresh = TimeSpan.FromMilliseconds(500),
            TileUrl = "",
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
        await WaitForAqiAsync();

        // Nothing may download a browser: Playwright starts its bundled driver and launches the system Chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The demo backfills three hours; waits until at least one air station has a VN_AQI.</summary>
    async Task WaitForAqiAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            using var doc = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/api/v1/aqi/latest", UriKind.Relative), timeout.Token));
            if (doc.RootElement.GetProperty("stations").EnumerateArray().Any(s => s.GetProperty("aqi").ValueKind == JsonValueKind.Number))
                return;
            await Task.Delay(500, timeout.Token);
        }
    }

    /// <summary>A fresh browser context (own storage, service workers) with a phone-sized or desktop viewport.</summary>
    public Task<IBrowserContext> NewContextAsync(bool phone = false) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseAddress.ToString(),
        ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        Geolocation = new Geolocation { Latitude = 21.03f, Longitude = 105.85f },
        Permissions = ["geolocation"],
        Locale = "vi-VN",
        TimezoneId = "Asia/Ho_Chi_Minh",
    });

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        if (_app is not null)
        {
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // The demo feed may still be closing a file; the temp folder is left behind.
        }
    }
}
