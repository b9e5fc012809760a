using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Time;
using QuanTrac.Ingest.Quality;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Tests.Accounts;
using QuanTrac.Storage;
using QuanTrac.Storage.Accounts;
using QuanTrac.Storage.Quality;
using QuanTrac.TestKit;

namespace QuanTrac.Server.Tests.Review;

/// <summary>
/// Hourly COD values of one day for a station of the accounts fixture, received through the store as a station file
/// would be, with one negative value that the automatic QC flags invalid; and helpers to call the review API.
/// </summary>
static class ReviewData
{
    /// <summary>Stores 24 hourly COD values from <paramref name="day"/> 00:00 (Vietnam time); the value at 05:00 is −5 mg/L; runs the QC.</summary>
    public static async Task SeedAsync(IQuanTracStore store, string station, DateTimeOffset day)
    {
        var s = await store.GetStationAsync(station) ?? throw new InvalidOperationException(station);
        var mapper = new StationMapper(s, ParameterCatalogue.Default);
        var files = new List<IncomingFile>();
        for (var h = 0; h < 24; h++)
        {
            var at = day.AddHours(h);
            var value = h == 5 ? -5m : 40m + (h % 6) * 1.5m;
            var bytes = Encoding.UTF8.GetBytes($"{station} {VietnamTime.FormatFileTimestamp(at)}");
            files.Add(new($"{station}_{VietnamTime.FormatFileTimestamp(at)}.txt", "inbox/x.txt", bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), at, station,
                [mapper.Map(Some.Record("COD", value, "mg/L", "00", at), at)], null));
        }
        await store.CommitAsync(files);
        await QcRun.RunAsync(store, (IQcFlagStore)store, QcRuleSet.Default, new FakeTimeProvider(day.AddDays(2)));
    }

    /// <summary>Adds a person (e.g. a reviewer scoped to a province) to the fixture's server.</summary>
    public static async Task AddUserAsync(AccountsServerFixture server, string user, string role, string? province = null)
    {
        using var scope = server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<QuanTracUser>>();
        if (await users.FindByNameAsync(user) is null)
            Assert.Null(await UserAdministration.AddAsync(users, user, AccountsServerFixture.Password, role, province: province));
    }

    /// <summary>Posts a review action as JSON with the antiforgery token of a console page in the header (cookie callers).</summary>
    public static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, object body, bool token = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/review/actions") { Content = JsonContent.Create(body) };
        if (token)
            request.Headers.Add(WriteGuard.Header, await AccountsServerFixture.AntiforgeryTokenAsync(client, "/console/review"));
        return await client.SendAsync(request);
    }

    /// <summary>The problem's <c>code</c> extension.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
    }

    public static string Iso(DateTimeOffset t) => VietnamTime.FormatIso(t);

    public static void AssertStatus(HttpStatusCode expected, HttpResponseMessage response, string body) =>
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
}
