using System.Net;
using System.Text.Json;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.RateLimits;
using QuanTrac.Server.Tests.Accounts;

namespace QuanTrac.Server.Tests.RateLimits;

/// <summary>A server with small limits: 5 anonymous requests per address and 8 per API key, per minute.</summary>
public sealed class LowLimitsFixture : AccountsServerFixture
{
    protected override RateLimitOptions Limits => new() { Anonymous = 5, ApiClient = 8, SignedIn = 100, Station = 100, Window = TimeSpan.FromMinutes(1) };
}

public sealed class RateLimitTests(LowLimitsFixture server) : IClassFixture<LowLimitsFixture>
{
    static string Header(HttpResponseMessage r, string name) => r.Headers.TryGetValues(name, out var v) ? v.Single() : "";

    [Fact]
    public async Task Limits_AnonymousThenKey_429WithRetryAfterAndTheKeyHasItsOwnWindow()
    {
        // One test, in order: the anonymous window of 127.0.0.1 is shared by everything anonymous on this server.
        using var client = server.NewClient();
        var remaining = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await client.GetAsync("/api/v1/stations");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("5", Header(ok, "X-RateLimit-Limit"));
            remaining.Add(Header(ok, "X-RateLimit-Remaining"));
        }
        Assert.Equal(["4", "3", "2", "1", "0"], remaining);

        using var refused = await client.GetAsync("/api/v1/stations");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Header(refused, "Retry-After"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(("5", "0"), (Header(refused, "X-RateLimit-Limit"), Header(refused, "X-RateLimit-Remaining")));
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains(" / ", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);

        // The key is counted on its own, with its own published limit.
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stations");
        keyed.Headers.Add(ApiKeys.Header, server.ClientKey);
        using var withKey = await client.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(("8", "7"), (Header(withKey, "X-RateLimit-Limit"), Header(withKey, "X-RateLimit-Remaining")));

        // Pages outside /api are not limited per address, but sign-in attempts are: they share the address's window.
        using var page = await client.GetAsync("/console/sign-in");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        using var attempt = await AccountsServerFixture.SignInAsync(client, "admin", AccountsServerFixture.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, attempt.StatusCode);
    }

    [Fact]
    public async Task Limits_PublishedDocument_ListsTheLimitsInForce()
    {
        using var client = server.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/rate-limits");
        request.Headers.Add(ApiKeys.Header, server.StationKey); // its own window: unaffected by the anonymous test
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((5, 8, 60.0), (body.GetProperty("anonymousPerAddress").GetInt32(), body.GetProperty("apiKey").GetInt32(), body.GetProperty("windowSeconds").GetDouble()));
    }
}
