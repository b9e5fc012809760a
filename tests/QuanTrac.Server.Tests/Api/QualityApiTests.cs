using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;

namespace QuanTrac.Server.Tests.Api;

public sealed class QualityApiTests(PublicServerFixture server) : IClassFixture<PublicServerFixture>
{
    const string Sulphur = "HN_TEST_KHI009";

    async Task<(HttpResponseMessage Response, string Body)> SendAsync(string path, Action<HttpRequestMessage>? setup = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        setup?.Invoke(request);
        var response = await server.Client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    // The Vietnam-time days the fixture's files cover (two when it ran across midnight).
    (string From, string To) Days() =>
        (VietnamTime.ToLocal(server.Started.AddHours(-PublicServerFixture.Hours - 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
         VietnamTime.ToLocal(server.Started).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Completeness_Json_CountsEveryReceivedValueOfTheStation()
    {
        var (from, to) = Days();
        var (response, body) = await SendAsync($"/api/v1/completeness?from={from}&to={to}&station={PublicServerFixture.Moderate}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = JsonDocument.Parse(body).RootElement.GetProperty("rows").EnumerateArray().ToList();
        var pm = rows.Where(r => r.GetProperty("parameter").GetString() == "PM2.5").ToList();
        Assert.NotEmpty(pm);
        // 5 hours of 5-minute files, both ends included: 61 values; 288 expected per day at 5 minutes. Valid as the CLI
        // counts it (automatic QC re-evaluated): the constant value is "stuck" from its 12th repetition on, so 11 are valid.
        Assert.Equal(PublicServerFixture.Hours * 12 + 1, pm.Sum(r => r.GetProperty("received").GetInt32()));
        Assert.Equal(11, pm.Sum(r => r.GetProperty("valid").GetInt32()));
        Assert.All(pm, r => Assert.Equal(288, r.GetProperty("expected").GetInt32()));
        Assert.All(rows, r => Assert.Equal(PublicServerFixture.Moderate, r.GetProperty("station").GetString()));
        Assert.Equal(6, rows.Select(r => r.GetProperty("parameter").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Completeness_Csv_CliColumnsPagingAndETag()
    {
        var (from, to) = Days();
        var path = $"/api/v1/completeness?from={from}&to={to}&station={PublicServerFixture.Moderate}&format=csv&pageSize=2";
        var (response, body) = await SendAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = body.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("station,parameter,date,expected,received,valid,on_time", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(PublicServerFixture.Moderate + ",CO,", lines[1], StringComparison.Ordinal);
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture) >= 6);
        Assert.Contains("page=2", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        var (again, empty) = await SendAsync(path, r => r.Headers.IfNoneMatch.Add(response.Headers.ETag!));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(empty);
    }

    [Theory]
    [InlineData("/api/v1/completeness?from=25-03-2026", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/v1/completeness?from=2026-03-26&to=2026-03-25", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/v1/completeness?from=2024-01-01&to=2026-03-25", HttpStatusCode.BadRequest, "366")]
    [InlineData("/api/v1/completeness?by=week", HttpStatusCode.BadRequest, "by")]
    [InlineData("/api/v1/completeness?station=NO_SUCH_STATION", HttpStatusCode.NotFound, "NO_SUCH_STATION")]
    [InlineData("/api/v1/exceedances?station=a%20b", HttpStatusCode.BadRequest, "station id")]
    [InlineData("/api/v1/exceedances?from=2026-01-01T00:00:00&to=2026-03-01T00:00:00", HttpStatusCode.BadRequest, "31")]
    [InlineData("/api/v1/exceedances?station=NO_SUCH_STATION", HttpStatusCode.NotFound, "NO_SUCH_STATION")]
    public async Task QualityApi_BadInput_BilingualProblem(string path, HttpStatusCode status, string mentions)
    {
        var (response, body) = await SendAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(mentions, body, StringComparison.Ordinal);
        Assert.Contains(" / ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exceedances_So2AboveQcvn05HourlyLimit_ListedWithLimitRatioAndLevel()
    {
        var store = server.Services.GetRequiredService<IQuanTracStore>();
        await store.SaveStationAsync(new Station(Sulphur, "Trạm thử SO2", "SO2 test station", StationType.AmbientAir, "HN", "TEST",
            new GeoPoint(21.3, 105.85), Station.DefaultInterval, [new("SO2", "SO2"), new("NO2", "NO2")]));
        await server.WriteRecentAsync(Sulphur, 3, ("SO2", "400", "ug/m3"), ("NO2", "20", "ug/m3"));

        var (response, body) = await SendAsync($"/api/v1/exceedances?station={Sulphur}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = JsonDocument.Parse(body).RootElement.GetProperty("exceedances").EnumerateArray().ToList();
        // Three hours of 400 µg/m³ up to now give 2 or 3 hourly means with ≥ 75 % coverage (9 of 12 values), depending on
        // where the hour boundaries fall; NO2 at 10 % of its limit is not listed.
        Assert.InRange(list.Count, 2, 3);
        Assert.All(list, f =>
        {
            Assert.Equal("SO2", f.GetProperty("parameter").GetString());
            Assert.Equal("1h", f.GetProperty("averaging").GetString());
            Assert.Equal(400m, f.GetProperty("mean").GetDecimal());
            Assert.Equal(350m, f.GetProperty("limit").GetDecimal());
            Assert.Equal(1.1429m, f.GetProperty("ratio").GetDecimal());
            Assert.Equal("exceeding", f.GetProperty("level").GetString());
            Assert.Equal("provisional", f.GetProperty("status").GetString());
            Assert.StartsWith("QCVN05", f.GetProperty("regulation").GetString(), StringComparison.Ordinal);
            Assert.EndsWith(":00:00+07:00", f.GetProperty("periodEnd").GetString(), StringComparison.Ordinal);
            var start = DateTimeOffset.Parse(f.GetProperty("periodStart").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(TimeSpan.FromHours(1), DateTimeOffset.Parse(f.GetProperty("periodEnd").GetString()!, CultureInfo.InvariantCulture) - start);
        });

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/exceedances?station={Sulphur}", UriKind.Relative));
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await (await server.Client.SendAsync(csvRequest)).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("station,parameter,period_start,period_end,averaging,mean,limit,unit,ratio,regulation,column,level,status", lines[0]);
        Assert.Equal(list.Count + 1, lines.Length);
        Assert.Contains(",400,350,", lines[1], StringComparison.Ordinal);
    }
}
