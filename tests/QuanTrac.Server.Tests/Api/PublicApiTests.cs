using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Server.Tests.Api;

public sealed class PublicApiTests(PublicServerFixture server) : IClassFixture<PublicServerFixture>
{
    async Task<(HttpResponseMessage Response, string Body)> SendAsync(string path, Action<HttpRequestMessage>? setup = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        setup?.Invoke(request);
        var response = await server.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    async Task<JsonElement> JsonAsync(string path)
    {
        var (response, body) = await SendAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    static JsonElement Station(JsonElement list, string id) =>
        list.GetProperty("stations").EnumerateArray().Single(s => s.GetProperty("station").GetString() == id);

    // The last complete hour when the fixture wrote its files (the test may cross an hour; then one hour later).
    bool IsLastCompleteHour(string? label)
    {
        var hour = Domain.Standards.Averaging.Periods.Containing(server.Started, Domain.Standards.Averaging.AveragingPeriod.Hour).Start;
        return label == VietnamTime.FormatIso(hour) || label == VietnamTime.FormatIso(hour.AddHours(1));
    }

    [Fact]
    public async Task AqiLatest_StationRegisteredWhileRunning_ItsAqiFollowsItsFilesWithoutAFullPass()
    {
        // Registered after the intake started, so its files are mapped only at commit (no mapping at preparation):
        // the commit must still mark the station for the index cache (the fixture's full refresh is long over).
        const string late = "HN_TEST_KHI008";
        var store = server.Services.GetRequiredService<IQuanTracStore>();
        await store.SaveStationAsync(PublicServerFixture.Air(late, 21.3));
        await server.WriteRecentAsync(late, 3, ("PM2.5", "40", "ug/m3"), ("PM10", "40", "ug/m3"));

        // IndexRefresh is 200 ms in the fixture; a full pass comes only every 10 minutes or at a new hour.
        JsonElement? aqi = null;
        for (var i = 0; i < 50 && aqi is not { ValueKind: JsonValueKind.Number }; i++)
        {
            await Task.Delay(100);
            aqi = Station(await JsonAsync("/api/v1/aqi/latest"), late).GetProperty("aqi");
        }
        Assert.Equal(JsonValueKind.Number, aqi?.ValueKind);
    }

    [Fact]
    public async Task AqiLatest_ConstantPm25_AqiColourCategoryAndMainPollutantByHand()
    {
        var latest = await JsonAsync("/api/v1/aqi/latest");
        Assert.Equal("VN_AQI", latest.GetProperty("method").GetString());
        Assert.True(latest.GetProperty("provisional").GetBoolean());
        var moderate = Station(latest, PublicServerFixture.Moderate);
        Assert.Equal(80, moderate.GetProperty("aqi").GetInt32());
        Assert.Equal("#FFFF00", moderate.GetProperty("colour").GetString());
        Assert.Equal("Trung bình", moderate.GetProperty("category").GetProperty("vi").GetString());
        Assert.Equal("Moderate", moderate.GetProperty("category").GetProperty("en").GetString());
        Assert.Equal("PM2.5", moderate.GetProperty("mainPollutant").GetString());
        Assert.True(moderate.GetProperty("provisional").GetBoolean());
        Assert.True(IsLastCompleteHour(moderate.GetProperty("time").GetString()), moderate.GetProperty("time").GetString());
        var bad = Station(latest, PublicServerFixture.Bad);
        Assert.Equal(164, bad.GetProperty("aqi").GetInt32());
        Assert.Equal("#FF0000", bad.GetProperty("colour").GetString());
        Assert.Equal("Xấu", bad.GetProperty("category").GetProperty("vi").GetString());
        var silent = Station(latest, PublicServerFixture.Silent);
        Assert.Equal(JsonValueKind.Null, silent.GetProperty("aqi").ValueKind);
        Assert.DoesNotContain(latest.GetProperty("stations").EnumerateArray(), s => s.GetProperty("station").GetString() == PublicServerFixture.River);
    }

    [Fact]
    public async Task AqiLatest_IfNoneMatch_304WithoutBody()
    {
        var (first, _) = await SendAsync("/api/v1/aqi/latest");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var (second, body) = await SendAsync("/api/v1/aqi/latest", r => r.Headers.IfNoneMatch.Add(etag!));
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(body);
        var (other, _) = await SendAsync("/api/v1/aqi/latest", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\"")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AqiLatest_RecomputedWithoutNewData_SameETag()
    {
        var (before, _) = await SendAsync("/api/v1/aqi/latest");
        var cache = (QuanTrac.Server.Indices.LatestIndexCache)server.Services.GetService(typeof(QuanTrac.Server.Indices.LatestIndexCache))!;
        await cache.RefreshAsync(full: true, CancellationToken.None);
        var (after, _) = await SendAsync("/api/v1/aqi/latest");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task AqiLatest_AcceptGzip_CompressedSameJson()
    {
        var (plain, text) = await SendAsync("/api/v1/aqi/latest");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/aqi/latest", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        await using var gzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Equal(text, await reader.ReadToEndAsync());
        Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/aqi/latest?format=csv", null)]
    [InlineData("/api/v1/aqi/latest", "text/csv")]
    public async Task AqiLatest_Csv_HeaderAndOneRowPerAirStation(string path, string? accept)
    {
        var (response, body) = await SendAsync(path, r => { if (accept is not null) r.Headers.Accept.ParseAdd(accept); });
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("station,name_vi,name_en,time,aqi,colour,category_vi,category_en,main_pollutant,method,provisional", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.StartsWith(PublicServerFixture.Moderate + ",", StringComparison.Ordinal) && l.Contains(",80,#FFFF00,Trung bình,Moderate,PM2.5,VN_AQI,true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AqiLatest_Paging_PageOfOneWithTotalAndNextLink()
    {
        var (response, body) = await SendAsync("/api/v1/aqi/latest?page=1&pageSize=1");
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Contains("page=2", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("stations").EnumerateArray());
    }

    [Fact]
    public async Task StationAqi_Hourly_LastHourMatchesLatestWithSubIndices()
    {
        var hourly = await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/aqi?period=hour");
        var last = hourly.GetProperty("values").EnumerateArray().Last(v => v.GetProperty("aqi").ValueKind == JsonValueKind.Number);
        Assert.Equal(80, last.GetProperty("aqi").GetInt32());
        var sub = last.GetProperty("subIndices");
        Assert.Equal(80, sub.GetProperty("PM2.5").GetInt32());
        Assert.Equal(40, sub.GetProperty("PM10").GetInt32());
        Assert.Equal(16, sub.GetProperty("O3").GetInt32()); // 50/160·50 = 15.6
        Assert.Equal(10, sub.GetProperty("NO2").GetInt32()); // 20/100·50
        Assert.Equal(4, sub.GetProperty("SO2").GetInt32()); // 10/125·50
        Assert.Equal(5, sub.GetProperty("CO").GetInt32()); // 1000/10000·50
        Assert.True(IsLastCompleteHour(last.GetProperty("time").GetString()));
        var daily = await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/aqi?period=day");
        Assert.Equal("day", daily.GetProperty("period").GetString());
        Assert.NotEmpty(daily.GetProperty("values").EnumerateArray());
    }

    [Fact]
    public async Task WqiLatest_RiverStation_HasIndexAndColour()
    {
        var latest = await JsonAsync("/api/v1/wqi/latest");
        var river = Station(latest, PublicServerFixture.River);
        var wqi = river.GetProperty("wqi").GetInt32();
        Assert.InRange(wqi, 51, 100);
        Assert.StartsWith("#", river.GetProperty("colour").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_HourlyMeans_CoverageAndMeanOfConstantValues()
    {
        var series = await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/series?parameter=PM2.5&aggregate=hour&from={Uri.EscapeDataString(VietnamTime.FormatIso(server.Started.AddHours(-4)))}");
        Assert.Equal("µg/m³", series.GetProperty("unit").GetString());
        var full = series.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("count").GetInt32() == 12).ToList();
        Assert.True(full.Count >= 3, "complete hours");
        Assert.All(full, v =>
        {
            Assert.Equal(40m, v.GetProperty("mean").GetDecimal());
            Assert.Equal(100m, v.GetProperty("coveragePercent").GetDecimal());
            Assert.True(v.GetProperty("valid").GetBoolean());
        });
        var daily = await JsonAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/series?parameter=PM2.5&aggregate=day&format=json");
        Assert.Equal("day", daily.GetProperty("aggregate").GetString());
    }

    [Fact]
    public async Task Series_Csv_EveryValueLabelledProvisional()
    {
        var (response, body) = await SendAsync($"/api/v1/stations/{PublicServerFixture.Moderate}/series?parameter=PM2.5&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",layer", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 12);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(",provisional", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stations_GeoJson_FeatureCollectionWithLonLat()
    {
        foreach (var path in new[] { "/api/v1/stations.geojson", "/api/v1/stations?format=geojson" })
        {
            var (response, body) = await SendAsync(path);
            Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
            var doc = JsonDocument.Parse(body).RootElement;
            Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
            var feature = doc.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == PublicServerFixture.Moderate);
            var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(105.85, coordinates[0].GetDouble());
            Assert.Equal(21.03, coordinates[1].GetDouble());
        }
    }

    [Fact]
    public async Task Parameters_Catalogue_HasPm25InMicrogramsPerCubicMetre()
    {
        var list = await JsonAsync("/api/v1/parameters");
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("code").GetString() == "PM2.5" && p.GetProperty("unit").GetString() == "µg/m³");
    }

    [Fact]
    public async Task AqiCategories_SixBandsWithAdvice()
    {
        var bands = (await JsonAsync("/api/v1/aqi/categories")).EnumerateArray().ToList();
        Assert.Equal(6, bands.Count);
        Assert.All(bands, b => Assert.False(string.IsNullOrEmpty(b.GetProperty("sensitiveAdviceEn").GetString())));
    }

    [Fact]
    public async Task OpenApi_Document_ParsesWithoutErrorsAndListsThePublicEndpoints()
    {
        var (response, body) = await SendAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
        var result = await Microsoft.OpenApi.OpenApiDocument.LoadAsync(stream, "json");
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        var paths = result.Document!.Paths.Keys.ToList();
        foreach (var p in new[] { "/api/v1/aqi/latest", "/api/v1/wqi/latest", "/api/v1/stations", "/api/v1/stations.geojson", "/api/v1/stations/{id}/series",
                     "/api/v1/stations/{id}/aqi", "/api/v1/parameters" })
            Assert.Contains(p, paths);
        var (reference, html) = await SendAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.DoesNotContain("https://cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Portal_Root_IsThePortalNamingVnAqiAndManifestExists()
    {
        var (root, html) = await SendAsync("/");
        Assert.Equal("text/html", root.Content.Headers.ContentType!.MediaType);
        Assert.Contains("VN_AQI", html, StringComparison.Ordinal);
        var (manifest, json) = await SendAsync("/manifest.webmanifest");
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType!.MediaType);
        Assert.Equal("QuanTrac", JsonDocument.Parse(json).RootElement.GetProperty("short_name").GetString());
        var (sw, _) = await SendAsync("/sw.js");
        Assert.Equal(HttpStatusCode.OK, sw.StatusCode);
        var (page, _) = await SendAsync("/stations/" + PublicServerFixture.Moderate);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/stations/%00")]
    [InlineData("/api/v1/stations/a%20b/latest")]
    [InlineData("/api/v1/stations/..%2F..%2Fetc%2Fpasswd/series?parameter=pH")]
    [InlineData("/api/v1/stations/%E2%9C%93/aqi")]
    [InlineData("/api/v1/stations/%3Cscript%3E/latest")]
    [InlineData("/api/v1/stations/NOPE/aqi")]
    [InlineData("/api/v1/stations/NOPE")]
    [InlineData("/api/v1/stations/HN_TEST_KHI001/aqi?period=week")]
    [InlineData("/api/v1/stations/HN_TEST_NUO001/aqi")]
    [InlineData("/api/v1/stations/HN_TEST_KHI001/aqi?from=0001-01-01T00:00:00")]
    [InlineData("/api/v1/stations/HN_TEST_KHI001/series?parameter=PM2.5&from=9999-12-31T23:59:59")]
    [InlineData("/api/v1/stations/HN_TEST_KHI001/series?parameter=PM2.5&from=2020-01-01T00:00:00")]
    [InlineData("/api/v1/stations/HN_TEST_KHI001/series?parameter=PM2.5&aggregate=week")]
    [InlineData("/api/v1/stations/HN_TEST_KHI001/series?parameter=PM2.5&aggregate=hour&versions=true")]
    [InlineData("/api/v1/stations?format=xml")]
    [InlineData("/api/v1/stations?page=0")]
    [InlineData("/api/v1/stations?pageSize=99999999999")]
    [InlineData("/api/v1/aqi/latest?page=-1")]
    [InlineData("/stations/%3Cx%3E")]
    public async Task Endpoints_MalformedOrUnknown_400Or404ProblemNever500(string path)
    {
        var (response, body) = await SendAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode} {body}");
        if (body.Length > 0)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var detail = JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!;
            Assert.Contains(" / ", detail, StringComparison.Ordinal); // English / Vietnamese
        }
    }

    [Fact]
    public async Task Endpoints_LongStationId_400()
    {
        var (response, _) = await SendAsync("/api/v1/stations/" + new string('X', 500) + "/latest");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        _ = CultureInfo.InvariantCulture;
    }
}
