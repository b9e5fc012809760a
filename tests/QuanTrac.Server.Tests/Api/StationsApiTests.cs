using System.Net;
using System.Text.Json;

namespace QuanTrac.Server.Tests.Api;

public sealed class StationsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Health_Running_ReportsOkAndSchema()
    {
        var (status, body) = await GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("schemaVersion").GetInt32() >= 2, "schema with the relay outbox");
    }

    [Fact]
    public async Task Index_Api_LinksToTheApiInBothLanguages()
    {
        var (status, body) = await GetAsync("/api");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("/api/v1/stations", body.GetProperty("links").GetProperty("stations").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("descriptionVi").GetString()));
    }

    [Fact]
    public async Task Stations_Registered_ListedWithNamesInBothLanguages()
    {
        var (_, body) = await GetAsync("/api/v1/stations");
        var station = Assert.Single(body.EnumerateArray());
        Assert.Equal("TB_CAPH_NUOSXL", station.GetProperty("id").GetString());
        Assert.Equal("IndustrialWastewater", station.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(station.GetProperty("nameVi").GetString()));
        Assert.False(string.IsNullOrEmpty(station.GetProperty("nameEn").GetString()));
    }

    [Fact]
    public async Task Latest_FileFromInbox_GivesEveryParameterInVietnamTime()
    {
        var (status, body) = await GetAsync("/api/v1/stations/TB_CAPH_NUOSXL/latest");
        Assert.Equal(HttpStatusCode.OK, status);
        var values = body.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(7, values.Count);
        var cod = values.Single(v => v.GetProperty("parameter").GetString() == "COD");
        Assert.Equal("2026-03-25T00:00:00+07:00", cod.GetProperty("observedAt").GetString());
        Assert.Equal("mg/L", cod.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Series_RangeAroundTheFile_GivesItsValue()
    {
        var (status, body) = await GetAsync("/api/v1/stations/TB_CAPH_NUOSXL/series?parameter=pH&from=2026-03-24T23:00:00&to=2026-03-25T01:00:00%2B07:00");
        Assert.Equal(HttpStatusCode.OK, status);
        var value = Assert.Single(body.GetProperty("values").EnumerateArray());
        Assert.Equal(7.8485m, value.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Series_RangeElsewhere_IsEmpty()
    {
        var (_, body) = await GetAsync("/api/v1/stations/TB_CAPH_NUOSXL/series?parameter=pH&from=2026-03-26T00:00:00&to=2026-03-27T00:00:00");
        Assert.Empty(body.GetProperty("values").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/stations/NOPE/latest", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/stations/NOPE/series?parameter=pH", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/stations/TB_CAPH_NUOSXL/series", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/stations/TB_CAPH_NUOSXL/series?parameter=pH&from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/stations/TB_CAPH_NUOSXL/series?parameter=pH&from=2026-03-26T00:00:00&to=2026-03-25T00:00:00", HttpStatusCode.BadRequest)]
    public async Task Endpoints_BadRequest_AnswerProblemDetailsInBothLanguages(string path, HttpStatusCode expected)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(expected, status);
        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains(" / ", detail, StringComparison.Ordinal);
    }
}
