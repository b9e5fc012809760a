using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Alerts;
using QuanTrac.Server.Cluster;
using QuanTrac.Storage;
using QuanTrac.Storage.Accounts;
using QuanTrac.Storage.Alerts;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests.Alerts;

/// <summary><c>GET /api/v1/alerts</c>, the live feed <c>GET /api/v1/alerts/stream</c> and the leader's evaluation job, on a real server.</summary>
public sealed class AlertsApiTests : IAsyncLifetime
{
    readonly string _data = Directory.CreateTempSubdirectory("quantrac-alerts-api-").FullName;
    readonly LocalHttpReceiver _webhook = new(failures: 0);
    WebApplication _app = null!;
    HttpClient _client = null!;

    IQuanTracStore Store => _app.Services.GetRequiredService<IQuanTracStore>();
    IAlertStore Alerts => (IAlertStore)Store;

    public async Task InitializeAsync()
    {
        _app = await QuanTracServer.BuildAsync(new ServerOptions
        {
            DataDirectory = _data,
            Urls = "http://127.0.0.1:0",
            AlertStreamPoll = TimeSpan.FromMilliseconds(100),
            AlertEvaluationInterval = TimeSpan.FromHours(1),
            Notifications = new NotificationOptions { Webhook = _webhook.Url },
        });
        await _app.StartAsync();
        // The alerts are behind accounts: an administrator's API key (a program, so no antiforgery token).
        var key = await ApiKeys.CreateClientKeyAsync(_app.Services.GetRequiredService<IAccountStore>(), "ops", DateTimeOffset.UnixEpoch, Roles.Admin);
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        _client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _webhook.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    Task RaiseAsync(string parameter = "pH") => AlertRun.RaiseReferenceCheckFailedAsync(Alerts, TimeProvider.System, "HN_X_NUO001", parameter,
        DateTimeOffset.UtcNow, "Sai số 0.35 > 0.2.", "Error 0.35 > 0.2.", 0.35m, 0.2m);

    [Fact]
    public async Task List_Filters_ByStateStationAndKind()
    {
        Assert.Equal("[]", await _client.GetStringAsync("/api/v1/alerts"));
        await RaiseAsync();

        using var all = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/alerts?state=unresolved&station=HN_X_NUO001&kind=reference-check"));
        var alert = Assert.Single(all.RootElement.EnumerateArray());
        Assert.Equal(("reference-check", "alarm", "open", "pH"), (alert.GetProperty("kind").GetString(), alert.GetProperty("level").GetString(),
            alert.GetProperty("state").GetString(), alert.GetProperty("parameter").GetString()));
        Assert.Contains("không đạt", alert.GetProperty("message").GetProperty("vi").GetString(), StringComparison.Ordinal);
        Assert.Equal("[]", await _client.GetStringAsync("/api/v1/alerts?state=resolved"));
        Assert.Equal("[]", await _client.GetStringAsync("/api/v1/alerts?station=OTHER"));

        var bad = await _client.GetAsync("/api/v1/alerts?state=later");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("state phải là", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_AlertRaisedAfterConnecting_ArrivesAsAnEvent()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await _client.GetAsync("/api/v1/alerts/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": quantrac alerts", await reader.ReadLineAsync(timeout.Token));

        await RaiseAsync();

        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null && line != "event: alert")
        {
        }
        Assert.Equal("event: alert", line);
        Assert.StartsWith("id: ", await reader.ReadLineAsync(timeout.Token), StringComparison.Ordinal);
        var data = await reader.ReadLineAsync(timeout.Token);
        Assert.StartsWith("data: ", data, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(data!["data: ".Length..]);
        Assert.Equal("reference-check", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task EvaluationJob_StationNeverHeardFrom_SilenceAlarmStoredAndPostedToTheWebhook()
    {
        await Store.SaveStationAsync(Some.WastewaterStation("HN_QUIET_NUO001"));
        var job = _app.Services.GetServices<IPeriodicJob>().OfType<AlertEvaluationJob>().Single();

        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None); // a second run changes nothing and sends nothing

        var alert = Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery(Unresolved: true)));
        Assert.Equal(("HN_QUIET_NUO001", Domain.Alerts.AlertKind.Silence, Domain.Alerts.AlertLevel.Alarm), (alert.Station, alert.Kind, alert.Level));
        var request = Assert.Single(_webhook.Requests);
        Assert.Contains("\"silence\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_ByApi_ChangePostedToTheWebhookWithoutDelayingTheAnswer()
    {
        await RaiseAsync("NH4"); // raised outside the server: nothing sent
        var alert = Assert.Single(await Alerts.GetAlertsAsync(new AlertQuery(Unresolved: true)));
        Assert.Empty(_webhook.Requests);

        using var response = await _client.PostAsync(new Uri($"/api/v1/alerts/{alert.Id}/acknowledge", UriKind.Relative),
            new StringContent("""{"note":"đã biết / seen"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_webhook.Requests.Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(20);
        var request = Assert.Single(_webhook.Requests);
        Assert.Contains("\"acknowledged\"", request.Body, StringComparison.Ordinal);
        Assert.Contains("NH4", request.Body, StringComparison.Ordinal);
    }
}
