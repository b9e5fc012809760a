using System.Net;
using System.Text.Json;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Tests.Accounts;
using static QuanTrac.Server.Tests.Review.ReviewData;

namespace QuanTrac.Server.Tests.Review;

/// <summary>The review API on a real server, signed in with cookies: two levels by two accounts, separation of duties, scope.</summary>
public sealed class ReviewApiTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    const string Station = AccountsServerFixture.OwnStation;
    static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    static object Action(DateTimeOffset from, DateTimeOffset to, string action, string? reason = null, int? level = null, decimal? value = null) => new
    {
        station = Station, parameter = "COD", from = Iso(from), to = Iso(to), action, level, reason, value,
    };

    [Fact]
    public async Task Actions_Reviewer1ThenReviewer2_ValidatesTheDayAndAsOfShowsItBefore()
    {
        var day = new DateTimeOffset(2026, 1, 10, 0, 0, 0, Vn);
        await SeedAsync(server.Store, Station, day);
        using var first = await server.SignedInAsync("kiemtra1");
        using var second = await server.SignedInAsync("kiemtra2");

        var queue = await first.GetStringAsync($"/api/v1/review/queue?from={Uri.EscapeDataString(Iso(day))}&to={Uri.EscapeDataString(Iso(day.AddDays(1)))}");
        using (var q = JsonDocument.Parse(queue))
        {
            var item = q.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("station").GetString() == Station && i.GetProperty("parameter").GetString() == "COD");
            Assert.Equal(24, item.GetProperty("needLevel1").GetInt64());
            Assert.Equal(1, item.GetProperty("flaggedNeedLevel1").GetInt64());
        }

        using var invalidate = await PostActionAsync(first, Action(day.AddHours(5), day.AddHours(5), "invalidate", "Giá trị âm không thể có / negative COD"));
        AssertStatus(HttpStatusCode.Created, invalidate, await invalidate.Content.ReadAsStringAsync());
        using var approve1 = await PostActionAsync(first, Action(day, day.AddHours(23), "approve"));
        var body1 = await approve1.Content.ReadAsStringAsync();
        AssertStatus(HttpStatusCode.Created, approve1, body1);
        using (var a = JsonDocument.Parse(body1))
            Assert.Equal(("kiemtra1", 1), (a.RootElement.GetProperty("user").GetString(), a.RootElement.GetProperty("level").GetInt32()));
        var beforeLevel2 = DateTimeOffset.UtcNow;
        await Task.Delay(20);

        using var approve2 = await PostActionAsync(second, Action(day, day.AddHours(23), "approve"));
        var body2 = await approve2.Content.ReadAsStringAsync();
        AssertStatus(HttpStatusCode.Created, approve2, body2);
        using (var a = JsonDocument.Parse(body2))
            Assert.Equal(("kiemtra2", 2), (a.RootElement.GetProperty("user").GetString(), a.RootElement.GetProperty("level").GetInt32()));

        var range = $"parameter=COD&from={Uri.EscapeDataString(Iso(day))}&to={Uri.EscapeDataString(Iso(day.AddHours(23)))}";
        using var validated = JsonDocument.Parse(await first.GetStringAsync($"/api/v1/stations/{Station}/series?{range}&layer=validated"));
        var values = validated.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(23, values.Count); // the invalidated −5 is left out
        Assert.All(values, v => Assert.StartsWith("level2:", v.GetProperty("review").GetString(), StringComparison.Ordinal));
        using var asOf = JsonDocument.Parse(await server.NewClient().GetStringAsync(
            $"/api/v1/stations/{Station}/series?{range}&layer=validated&asOf={Uri.EscapeDataString(Iso(beforeLevel2))}"));
        Assert.Empty(asOf.RootElement.GetProperty("values").EnumerateArray());
        using var raw = JsonDocument.Parse(await server.NewClient().GetStringAsync($"/api/v1/stations/{Station}/series?{range}&layer=raw"));
        var negative = raw.RootElement.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("rawValue").GetDecimal() == -5m);
        Assert.Contains("negative", negative.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("level2:invalidated", negative.GetProperty("review").GetString());
    }

    [Fact]
    public async Task Series_HourlyMeansInPublishedLayer_ValidatedOnlyWhereLevel2ApprovedAndAsOfShowsBefore()
    {
        var day = new DateTimeOffset(2026, 1, 12, 0, 0, 0, Vn);
        await SeedAsync(server.Store, Station, day);
        using var first = await server.SignedInAsync("kiemtra1");
        using var second = await server.SignedInAsync("kiemtra2");
        // Values 06:00 … 11:00 approved at both levels: their hours (ending 06:00 … 11:00) rest on validated values only.
        using (var a1 = await PostActionAsync(first, Action(day.AddHours(6), day.AddHours(11), "approve")))
            AssertStatus(HttpStatusCode.Created, a1, await a1.Content.ReadAsStringAsync());
        var beforeLevel2 = DateTimeOffset.UtcNow;
        await Task.Delay(20);
        using (var a2 = await PostActionAsync(second, Action(day.AddHours(6), day.AddHours(11), "approve")))
            AssertStatus(HttpStatusCode.Created, a2, await a2.Content.ReadAsStringAsync());

        var range = $"parameter=COD&from={Uri.EscapeDataString(Iso(day.AddHours(1)))}&to={Uri.EscapeDataString(Iso(day.AddHours(23)))}&aggregate=hour";
        using var now = JsonDocument.Parse(await server.NewClient().GetStringAsync($"/api/v1/stations/{Station}/series?{range}&layer=published"));
        Assert.Equal("published", now.RootElement.GetProperty("layer").GetString());
        var hours = now.RootElement.GetProperty("values").EnumerateArray()
            .ToDictionary(v => DateTimeOffset.Parse(v.GetProperty("periodEnd").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Hour,
                v => (Count: v.GetProperty("count").GetInt32(), Max: v.GetProperty("max").ValueKind == JsonValueKind.Null ? (decimal?)null : v.GetProperty("max").GetDecimal(),
                    Provisional: v.GetProperty("provisional").GetBoolean()));
        Assert.Equal(Enumerable.Range(1, 23).Where(h => h != 5), hours.Keys.Order()); // 05:00's −5 is invalid (automatic QC): no value, no mean
        Assert.All(hours, h => Assert.Equal(h.Key is >= 6 and <= 11 ? false : true, h.Value.Provisional));
        // One hourly value per hour (too few for a valid mean at the 5-minute cadence, but counted and bounded).
        Assert.Equal((1, 40m + (7 % 6) * 1.5m), (hours[7].Count, hours[7].Max));

        using var before = JsonDocument.Parse(await server.NewClient().GetStringAsync(
            $"/api/v1/stations/{Station}/series?{range}&layer=published&asOf={Uri.EscapeDataString(Iso(beforeLevel2))}"));
        Assert.All(before.RootElement.GetProperty("values").EnumerateArray(), v => Assert.True(v.GetProperty("provisional").GetBoolean()));
        Assert.False(string.IsNullOrEmpty(before.RootElement.GetProperty("asOf").GetString()));
        using var bad = await server.NewClient().GetAsync(new Uri($"/api/v1/stations/{Station}/series?{range}&layer=cooked", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Actions_SameAccountAtBothLevels_Refused403()
    {
        var day = new DateTimeOffset(2026, 1, 11, 0, 0, 0, Vn);
        await SeedAsync(server.Store, Station, day);
        using var admin = await server.SignedInAsync("admin");
        using var noLevel = await PostActionAsync(admin, Action(day, day.AddHours(23), "approve"));
        Assert.Equal(HttpStatusCode.BadRequest, noLevel.StatusCode); // an administrator names the level
        using var level1 = await PostActionAsync(admin, Action(day, day.AddHours(23), "approve", level: 1));
        Assert.Equal(HttpStatusCode.Created, level1.StatusCode);
        using var level2 = await PostActionAsync(admin, Action(day, day.AddHours(23), "approve", level: 2));
        Assert.Equal(HttpStatusCode.Forbidden, level2.StatusCode);
        Assert.Equal("SAME_USER_BOTH_LEVELS", await CodeAsync(level2));
        Assert.Contains("phân tách nhiệm vụ", await level2.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A reviewer-2 who did level 1 is refused level 2 the same way.
        using var second = await server.SignedInAsync("kiemtra2");
        var day2 = day.AddHours(12);
        using var l1 = await PostActionAsync(second, Action(day2, day2, "correct", "Hiệu chuẩn lệch / calibration drift", level: 1, value: 41.5m));
        Assert.Equal(HttpStatusCode.Created, l1.StatusCode);
        using var l2 = await PostActionAsync(second, Action(day2, day2, "approve"));
        Assert.Equal("SAME_USER_BOTH_LEVELS", await CodeAsync(l2));
    }

    [Fact]
    public async Task Actions_WrongCallers_AreRefused()
    {
        var day = new DateTimeOffset(2026, 1, 12, 0, 0, 0, Vn);
        await SeedAsync(server.Store, Station, day);
        var body = Action(day, day.AddHours(1), "approve");
        using var anonymous = server.NewClient();
        using (var r = await PostActionAsync(anonymous, body, token: false))
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/review/queue")).StatusCode);

        using var first = await server.SignedInAsync("kiemtra1");
        using (var r = await PostActionAsync(first, body, token: false))
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode); // cookie without antiforgery token
        using (var r = await PostActionAsync(first, Action(day, day.AddHours(1), "approve", level: 2)))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode); // reviewer-1 cannot approve at level 2
        using (var r = await PostActionAsync(first, Action(day, day.AddHours(1), "invalidate")))
            Assert.Equal("REASON_REQUIRED", await CodeAsync(r));
        using (var r = await PostActionAsync(first, new { station = Station, parameter = "COD", from = "yesterday", to = Iso(day), action = "approve" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("from", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var operatorTb = await server.SignedInAsync("so-tb");
        using (var r = await PostActionAsync(operatorTb, body, token: false))
            Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode); // not a reviewer

        // A program with a reviewer-1 key acts without antiforgery token, as the key's name.
        var key = await ApiKeys.CreateClientKeyAsync((QuanTrac.Storage.Accounts.IAccountStore)server.Store, "qc-robot", DateTimeOffset.UnixEpoch, Roles.Reviewer1);
        using var program = server.NewClient();
        program.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        using (var r = await PostActionAsync(program, body, token: false))
        {
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            Assert.Contains("\"user\":\"qc-robot\"", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Queue_ProvinceReviewer_SeesAndActsOnlyInItsProvince()
    {
        var day = new DateTimeOffset(2026, 1, 13, 0, 0, 0, Vn);
        await SeedAsync(server.Store, Station, day);
        await SeedAsync(server.Store, AccountsServerFixture.OtherStation, day);
        await AddUserAsync(server, "kiemtra-hn", Roles.Reviewer1, province: "HN");
        using var hn = await server.SignedInAsync("kiemtra-hn");
        var range = $"from={Uri.EscapeDataString(Iso(day))}&to={Uri.EscapeDataString(Iso(day.AddDays(1)))}";
        var queue = await hn.GetStringAsync($"/api/v1/review/queue?{range}&province=TB");
        Assert.Contains(AccountsServerFixture.OtherStation, queue, StringComparison.Ordinal);
        Assert.DoesNotContain(Station, queue, StringComparison.Ordinal);

        using var refused = await PostActionAsync(hn, Action(day, day.AddHours(1), "approve"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var own = await PostActionAsync(hn, new { station = AccountsServerFixture.OtherStation, parameter = "COD", from = Iso(day), to = Iso(day.AddHours(1)), action = "approve" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }
}
