using System.Net;
using System.Text.Json;
using QuanTrac.Ingest.Alerts;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Tests.Accounts;
using QuanTrac.Storage.Alerts;

namespace QuanTrac.Server.Tests.Alerts;

/// <summary>Alerts behind accounts on a real server: scope per province and facility, acknowledge and resolve by API and console.</summary>
public sealed class AlertsAccessTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    IAlertStore Alerts => (IAlertStore)server.Store;

    async Task<long> RaiseAsync(string station, string parameter)
    {
        var changes = await AlertRun.RaiseReferenceCheckFailedAsync(Alerts, TimeProvider.System, station, parameter, DateTimeOffset.UtcNow,
            "Sai số 0.35 > 0.2.", "Error 0.35 > 0.2.", 0.35m, 0.2m, "pH");
        return Assert.Single(changes).Alert.Id;
    }

    static async Task<HttpResponseMessage> PostApiAsync(HttpClient client, string url, bool token = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("""{"note":"đã gọi trạm / called the station"}""", System.Text.Encoding.UTF8, "application/json") };
        if (token)
            request.Headers.Add(WriteGuard.Header, await AccountsServerFixture.AntiforgeryTokenAsync(client, "/console/alerts"));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Alerts_ScopedByProvinceAndFacility_AcknowledgeByApiResolveByConsole()
    {
        var own = await RaiseAsync(AccountsServerFixture.OwnStation, "pH");
        var other = await RaiseAsync(AccountsServerFixture.OtherStation, "pH");

        using var anonymous = server.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/alerts")).StatusCode);
        using (var r = await PostApiAsync(anonymous, $"/api/v1/alerts/{own}/acknowledge", token: false))
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);

        using var tb = await server.SignedInAsync("so-tb");
        var list = await tb.GetStringAsync("/api/v1/alerts");
        Assert.Contains(AccountsServerFixture.OwnStation, list, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountsServerFixture.OtherStation, list, StringComparison.Ordinal);
        using var caph = await server.SignedInAsync("caph");
        Assert.DoesNotContain(AccountsServerFixture.OtherStation, await caph.GetStringAsync("/api/v1/alerts"), StringComparison.Ordinal);
        using var reviewer = await server.SignedInAsync("kiemtra1");
        Assert.Contains(AccountsServerFixture.OtherStation, await reviewer.GetStringAsync("/api/v1/alerts"), StringComparison.Ordinal); // reviewers read
        using (var r = await PostApiAsync(reviewer, $"/api/v1/alerts/{own}/acknowledge"))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode); // …but do not handle alerts

        using (var r = await PostApiAsync(tb, $"/api/v1/alerts/{other}/acknowledge"))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode); // another province's alert
        using (var r = await PostApiAsync(tb, $"/api/v1/alerts/{own}/acknowledge", token: false))
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode); // cookie without antiforgery token
        using (var r = await PostApiAsync(tb, $"/api/v1/alerts/{own}/acknowledge"))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            using var a = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
            Assert.Equal(("acknowledged", "so-tb", "đã gọi trạm / called the station"),
                (a.RootElement.GetProperty("state").GetString(), a.RootElement.GetProperty("acknowledgedBy").GetString(), a.RootElement.GetProperty("note").GetString()));
        }

        var page = await caph.GetStringAsync("/console/alerts?lang=en");
        Assert.Contains($"/console/alerts/{own}/resolve", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/console/alerts/{other}/", page, StringComparison.Ordinal);
        using (var r = await AccountsServerFixture.PostFormAsync(caph, "/console/alerts", $"/console/alerts/{own}/resolve", new() { ["note"] = "sửa xong / fixed" }))
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var resolved = (await Alerts.GetAlertAsync(own))!;
        Assert.Equal(("caph", "sửa xong / fixed"), (resolved.ResolvedBy, resolved.Note));
        using (var r = await PostApiAsync(tb, $"/api/v1/alerts/{own}/resolve"))
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);

        // A program with an operator key acknowledges without antiforgery token.
        var key = await ApiKeys.CreateClientKeyAsync((QuanTrac.Storage.Accounts.IAccountStore)server.Store, "noc", DateTimeOffset.UnixEpoch, Roles.Admin);
        using var program = server.NewClient();
        program.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        using (var r = await PostApiAsync(program, $"/api/v1/alerts/{other}/acknowledge", token: false))
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }
}
