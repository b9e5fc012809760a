using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Domain.Review;
using QuanTrac.Server.Indices;
using QuanTrac.Server.Tests.Api;
using QuanTrac.Storage;

namespace QuanTrac.Server.Tests.Indices;

/// <summary>
/// The VN_AQI answers read the published layer: review actions change them. Own server (class fixture), so the
/// reviews here do not change what the other API tests compute by hand.
/// </summary>
public sealed class PublishedAqiTests(PublicServerFixture server) : IClassFixture<PublicServerFixture>
{
    static readonly string[] Pollutants = ["PM2.5", "PM10", "O3", "NO2", "SO2", "CO"];

    async Task<JsonElement> JsonAsync(string path)
    {
        var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    Task ReviewAsync(string station, ReviewActionKind kind, int level, string user, string? reason, params string[] parameters) =>
        server.ReviewAsync(station, kind, level, user, reason, parameters);

    static JsonElement Latest(JsonElement list, string id) =>
        list.GetProperty("stations").EnumerateArray().Single(s => s.GetProperty("station").GetString() == id);

    // Hours of the station answer that carry an AQI.
    static List<JsonElement> Hours(JsonElement answer) =>
        [.. answer.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("aqi").ValueKind == JsonValueKind.Number)];

    [Fact]
    public async Task StationAqi_Level1AndLevel2Approved_HoursValidated()
    {
        var before = Hours(await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/aqi"));
        Assert.NotEmpty(before);
        Assert.All(before, h => Assert.Equal("provisional", h.GetProperty("status").GetString()));

        await ReviewAsync(PublicServerFixture.Moderate, ReviewActionKind.Approve, 1, "alice", null, Pollutants);
        // Level 1 alone leaves the values provisional.
        Assert.All(Hours(await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/aqi")), h => Assert.True(h.GetProperty("provisional").GetBoolean()));
        await ReviewAsync(PublicServerFixture.Moderate, ReviewActionKind.Approve, 2, "bob", null, Pollutants);

        var after = await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/aqi");
        var hours = Hours(after);
        Assert.Equal(before.Count, hours.Count);
        Assert.All(hours, h =>
        {
            Assert.Equal("validated", h.GetProperty("status").GetString());
            Assert.False(h.GetProperty("provisional").GetBoolean());
            Assert.Equal(80, h.GetProperty("aqi").GetInt32());
        });
        Assert.False(after.GetProperty("provisional").GetBoolean());

        // The cache follows at its next full pass (forced here; the server runs one every IndexFullRefresh).
        await server.Services.GetRequiredService<LatestIndexCache>().RefreshAsync(full: true, CancellationToken.None);
        var latest = await JsonAsync("/api/v1/aqi/latest");
        Assert.False(Latest(latest, PublicServerFixture.Moderate).GetProperty("provisional").GetBoolean());
        Assert.True(Latest(latest, PublicServerFixture.Bad).GetProperty("provisional").GetBoolean());
        Assert.True(latest.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task StationAqi_Pm25Invalidated_AqiFromTheOtherPollutants()
    {
        var before = Hours(await JsonAsync($"/api/v1/stations/{PublicServerFixture.Bad}/aqi"));
        Assert.Contains(before, h => h.GetProperty("aqi").GetInt32() == 164 && h.GetProperty("mainPollutant").GetString() == "PM2.5");

        await ReviewAsync(PublicServerFixture.Bad, ReviewActionKind.Invalidate, 1, "alice", "filter tape jammed / băng lọc bị kẹt", "PM2.5");

        // PM2.5 leaves the published layer; PM10 40 µg/m³ and O3 50 µg/m³ remain: far below 164, and PM2.5 is no sub-index.
        var after = Hours(await JsonAsync($"/api/v1/stations/{PublicServerFixture.Bad}/aqi"));
        Assert.NotEmpty(after);
        Assert.All(after, h =>
        {
            Assert.InRange(h.GetProperty("aqi").GetInt32(), 1, 100);
            Assert.NotEqual("PM2.5", h.GetProperty("mainPollutant").GetString());
            Assert.Equal(JsonValueKind.Null, h.GetProperty("subIndices").GetProperty("PM2.5").ValueKind);
            Assert.Equal("provisional", h.GetProperty("status").GetString());
        });

        await server.Services.GetRequiredService<LatestIndexCache>().RefreshAsync(full: true, CancellationToken.None);
        var latest = Latest(await JsonAsync("/api/v1/aqi/latest"), PublicServerFixture.Bad);
        Assert.NotEqual(164, latest.GetProperty("aqi").GetInt32());
        Assert.NotEqual("PM2.5", latest.GetProperty("mainPollutant").GetString());
    }
}
