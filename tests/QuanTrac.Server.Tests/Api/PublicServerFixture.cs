using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.StationFiles;
using QuanTrac.Server.Indices;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.Tests.Api;

/// <summary>
/// A real server whose inbox receives five hours of 5-minute station files, up to now, with constant values chosen
/// so that the VN_AQI is known by hand: <see cref="Moderate"/> PM2.5 40 µg/m³ (NowCast 40 → AQI 80, yellow, main PM2.5),
/// <see cref="Bad"/> PM2.5 100 µg/m³ (→ 150 + 20/70·50 = 164.3 → 164, red); <see cref="Silent"/> sends nothing; a
/// surface-water station <see cref="River"/> sends pH, DO, COD, NH4 and temperature.
/// </summary>
public sealed class PublicServerFixture : IAsyncLifetime
{
    public const string Moderate = "HN_TEST_KHI001";
    public const string Bad = "HN_TEST_KHI002";
    public const string Silent = "HN_TEST_KHI003";
    public const string River = "HN_TEST_NUO001";
    public const int Hours = 5;

    readonly string _data = Directory.CreateTempSubdirectory("quantrac-public-").FullName;
    WebApplication _app = null!;

    public HttpClient Client { get; private set; } = null!;

    public DateTimeOffset Started { get; private set; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The server's inbox, for tests that add files of their own stations.</summary>
    public string Inbox => Path.Combine(_data, "inbox");

    internal static Station Air(string prefix, double lat) => new(prefix, "Trạm không khí thử " + prefix[^1], "Test air station " + prefix[^1],
        StationType.AmbientAir, "HN", "TEST", new GeoPoint(lat, 105.85), Station.DefaultInterval,
        [new("PM2.5", "PM2.5"), new("PM10", "PM10"), new("O3", "O3"), new("NO2", "NO2"), new("SO2", "SO2"), new("CO", "CO")]);

    public async Task InitializeAsync()
    {
        _app = await QuanTracServer.BuildAsync(new ServerOptions
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            InboxStableFor = TimeSpan.FromMilliseconds(200),
            IndexRefresh = TimeSpan.FromMilliseconds(200),
            TileUrl = "",
        });
        await _app.StartAsync();
        Client = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None }) { BaseAddress = new Uri(_app.Urls.First()) };
        var store = _app.Services.GetRequiredService<IQuanTracStore>();
        await store.SaveStationAsync(Air(Moderate, 21.03));
        await store.SaveStationAsync(Air(Bad, 21.10));
        await store.SaveStationAsync(Air(Silent, 21.20));
        await store.SaveStationAsync(new Station(River, "Trạm sông thử", "Test river station", StationType.SurfaceWater, "HN", "TEST",
            new GeoPoint(21.0, 105.9), Station.DefaultInterval,
            [new("pH", "pH"), new("DO", "DO"), new("COD", "COD"), new("NH4", "NH4"), new("Temp", "Temp")]));

        Started = TimeProvider.System.GetUtcNow();
        var last = new DateTimeOffset(Started.Ticks / TimeSpan.FromMinutes(5).Ticks * TimeSpan.FromMinutes(5).Ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(7));
        var inbox = Path.Combine(_data, "inbox");
        Directory.CreateDirectory(inbox);
        var files = 0;
        for (var t = last.AddHours(-Hours); t <= last; t = t.AddMinutes(5))
        {
            Write(inbox, Moderate, t, ("PM2.5", "40", "ug/m3"), ("PM10", "40", "ug/m3"), ("O3", "50", "ug/m3"), ("NO2", "20", "ug/m3"), ("SO2", "10", "ug/m3"), ("CO", "1000", "ug/m3"));
            Write(inbox, Bad, t, ("PM2.5", "100", "ug/m3"), ("PM10", "40", "ug/m3"), ("O3", "50", "ug/m3"));
            Write(inbox, River, t, ("pH", "7.2", ""), ("DO", "6.5", "mg/L"), ("COD", "8", "mg/L"), ("NH4", "0.2", "mg/L"), ("Temp", "28", "oC"));
            files += 3;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while ((await store.GetFilesAsync(new FileQuery(Limit: 10_000), timeout.Token)).Count < files)
            await Task.Delay(200, timeout.Token);
        await _app.Services.GetRequiredService<LatestIndexCache>().RefreshAsync(full: true, timeout.Token);
    }

    /// <summary>
    /// Records one review action on every given parameter of <paramref name="station"/> over the whole range the fixture
    /// wrote (an hour to spare on both sides), as the review service does for the console and the API.
    /// </summary>
    public async Task ReviewAsync(string station, ReviewActionKind kind, int level, string user, string? reason, params string[] parameters)
    {
        var reviews = new ReviewService(Services.GetRequiredService<IQuanTracStore>(), TimeProvider.System);
        foreach (var p in parameters)
            await reviews.RecordAsync(new ReviewRequest(station, p, Started.AddHours(-Hours - 1), Started.AddHours(1), kind, level, user, reason));
    }

    /// <summary>
    /// Writes a station's 5-minute files for the last <paramref name="hours"/> hours up to now into the inbox and waits
    /// until the server has registered them all.
    /// </summary>
    public async Task WriteRecentAsync(string prefix, int hours, params (string Parameter, string Value, string Unit)[] values)
    {
        var now = TimeProvider.System.GetUtcNow();
        var last = new DateTimeOffset(now.Ticks / TimeSpan.FromMinutes(5).Ticks * TimeSpan.FromMinutes(5).Ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(7));
        var files = 0;
        for (var t = last.AddHours(-hours); t <= last; t = t.AddMinutes(5), files++)
            Write(Inbox, prefix, t, values);
        var store = _app.Services.GetRequiredService<IQuanTracStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await store.GetFilesAsync(new FileQuery(Station: prefix, Limit: 1000), timeout.Token)).Count < files)
            await Task.Delay(100, timeout.Token);
    }

    internal static void Write(string inbox, string prefix, DateTimeOffset t, params (string Parameter, string Value, string Unit)[] values) =>
        File.WriteAllBytes(Path.Combine(inbox, StationFileWriter.FileName(prefix, t)),
            StationFileWriter.Write(values.Select(v => new StationFileLine(v.Parameter, v.Value, v.Unit, t, "00"))));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
