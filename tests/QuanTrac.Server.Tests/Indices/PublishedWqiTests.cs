using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.VnWqi;
using QuanTrac.Server.Indices;
using QuanTrac.Server.Tests.Api;
using QuanTrac.Storage;

namespace QuanTrac.Server.Tests.Indices;

/// <summary>
/// <c>/api/v1/wqi/latest</c> reads the published layer: review actions change it. Own server (class fixture), so the
/// reviews here do not change what the other API tests see.
/// </summary>
public sealed class PublishedWqiTests(PublicServerFixture server) : IClassFixture<PublicServerFixture>
{
    static readonly string[] Scored = ["pH", "DO", "COD", "NH4", "Temp"];

    async Task<JsonElement> RiverAsync()
    {
        await server.Services.GetRequiredService<LatestIndexCache>().RefreshAsync(full: true, CancellationToken.None);
        var response = await server.Client.GetAsync(new Uri("/api/v1/wqi/latest", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("stations").EnumerateArray()
            .Single(s => s.GetProperty("station").GetString() == PublicServerFixture.River).Clone();
    }

    Task ReviewAsync(ReviewActionKind kind, int level, string user, string? reason, params string[] parameters) =>
        server.ReviewAsync(PublicServerFixture.River, kind, level, user, reason, parameters);

    // The fixture's river: pH 7.2, DO 6.5 mg/L, COD 8 mg/L, NH4 0.2 mg/L at 28 °C; the server scores with the
    // automatic-station minimum-data rule.
    static int? Expected(bool withCod)
    {
        var values = new Dictionary<WqiParameter, decimal> { [WqiParameter.PH] = 7.2m, [WqiParameter.DO] = 6.5m, [WqiParameter.NH4] = 0.2m };
        if (withCod)
            values[WqiParameter.Cod] = 8m;
        return new VnWqiCalculator(WqiSettings.Default with { MinimumDataRule = WqiMinimumDataRule.AutomaticStation })
            .Calculate(new WqiSample(values, 28m)).Wqi;
    }

    [Fact]
    public async Task WqiLatest_ReviewedInputs_ValidatedAndScoredWithoutInvalidatedValues()
    {
        var before = await RiverAsync();
        Assert.Equal(Expected(withCod: true), before.GetProperty("wqi").GetInt32());
        Assert.True(before.GetProperty("provisional").GetBoolean());

        await ReviewAsync(ReviewActionKind.Approve, 1, "alice", null, Scored);
        Assert.True((await RiverAsync()).GetProperty("provisional").GetBoolean()); // level 1 alone
        await ReviewAsync(ReviewActionKind.Approve, 2, "bob", null, Scored);

        var after = await RiverAsync();
        Assert.False(after.GetProperty("provisional").GetBoolean());
        Assert.Equal(before.GetProperty("wqi").GetInt32(), after.GetProperty("wqi").GetInt32());

        // COD reopened and invalidated: the index is scored without it; once level 2 confirms, from validated values only.
        await ReviewAsync(ReviewActionKind.Reopen, 2, "bob", "probe fouled / đầu đo bị bám bẩn", "COD");
        await ReviewAsync(ReviewActionKind.Invalidate, 1, "alice", "probe fouled / đầu đo bị bám bẩn", "COD");
        Assert.Equal(Expected(withCod: false), (await RiverAsync()).GetProperty("wqi").GetInt32());
        await ReviewAsync(ReviewActionKind.Invalidate, 2, "bob", "probe fouled / đầu đo bị bám bẩn", "COD");
        var withoutCod = await RiverAsync();
        Assert.Equal(Expected(withCod: false), withoutCod.GetProperty("wqi").GetInt32());
        Assert.False(withoutCod.GetProperty("provisional").GetBoolean());
        Assert.NotEqual(Expected(withCod: true), Expected(withCod: false));

        // DO and NH4 invalidated too: pH alone does not meet the minimum-data rule, so no index.
        await ReviewAsync(ReviewActionKind.Reopen, 2, "bob", "station flooded / trạm bị ngập", "DO", "NH4");
        await ReviewAsync(ReviewActionKind.Invalidate, 1, "alice", "station flooded / trạm bị ngập", "DO", "NH4");
        Assert.Equal(JsonValueKind.Null, (await RiverAsync()).GetProperty("wqi").ValueKind);
    }
}
