using System.Net;
using System.Text.RegularExpressions;
using QuanTrac.Domain.Time;
using QuanTrac.Server.Tests.Accounts;
using QuanTrac.Server.Tests.Review;

namespace QuanTrac.Server.Tests.OperatorConsole;

/// <summary>The review console on a real server: queue, chart with flagged points, the action form by two accounts.</summary>
public sealed partial class ReviewPagesTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    const string Station = AccountsServerFixture.OwnStation;
    static readonly DateTimeOffset Day = new(2026, 2, 3, 0, 0, 0, TimeSpan.FromHours(7));

    static string SeriesPage => $"/console/review/series?station={Station}&parameter=COD&from=2026-02-03T00:00:00&to=2026-02-03T23:00:00";

    static Dictionary<string, string> Form(string action, string reason, string? level = null, string? value = null) => new()
    {
        ["station"] = Station, ["parameter"] = "COD", ["from"] = "2026-02-03T00:00:00", ["to"] = "2026-02-03T23:00:00",
        ["pageFrom"] = "2026-02-03T00:00:00", ["pageTo"] = "2026-02-03T23:00:00",
        ["action"] = action, ["reason"] = reason, ["level"] = level ?? "", ["value"] = value ?? "",
    };

    [Fact]
    public async Task ReviewForm_Reviewer1ThenReviewer2_LocksTheDaySameAccountRefused()
    {
        await ReviewData.SeedAsync(server.Store, Station, Day);
        using var first = await server.SignedInAsync("kiemtra1");

        var queue = await first.GetStringAsync("/console/review?from=2026-02-03T00:00:00&to=2026-02-04T00:00:00&lang=en");
        Assert.Contains("Need level 1", queue, StringComparison.Ordinal);
        Assert.Contains($"station={Station}&amp;parameter=COD", queue, StringComparison.Ordinal);

        var page = await first.GetStringAsync(SeriesPage + "&lang=vi");
        Assert.Contains("<svg role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"flag-invalid\"", page, StringComparison.Ordinal); // the −5 mg/L value
        Assert.Matches(@"<td>2026-02-03 05:00:00</td><td>-5</td><td>mg/L</td><td>00</td>\s*<td>[^<]*negative[^<]*</td>", page); // and the same point in the table
        Assert.Contains("Lý do (bắt buộc)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"reopen\"", page, StringComparison.Ordinal); // level 1 only

        using var done1 = await AccountsServerFixture.PostFormAsync(first, SeriesPage, "/console/review/actions", Form("approve", "Đã xem / checked"));
        Assert.Equal(HttpStatusCode.Redirect, done1.StatusCode);
        Assert.Contains("done=", done1.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The same person at level 2: refused with the reason on the page (the role allows only level 1 anyway).
        using var refused = await AccountsServerFixture.PostFormAsync(first, SeriesPage, "/console/review/actions", Form("approve", "cấp 2", level: "2"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var second = await server.SignedInAsync("kiemtra2");
        using var done2 = await AccountsServerFixture.PostFormAsync(second, SeriesPage, "/console/review/actions", Form("approve", "Phê duyệt / approved"));
        Assert.Equal(HttpStatusCode.Redirect, done2.StatusCode);
        var after = await second.GetStringAsync(done2.Headers.Location!.OriginalString + "&lang=en");
        Assert.Contains("recorded", after, StringComparison.Ordinal);
        Assert.Equal(24, LevelTwo().Matches(after).Count);
        Assert.Contains("value=\"reopen\"", after, StringComparison.Ordinal);

        // Approved data are locked: a correction now is refused (409) until someone reopens it.
        using var locked = await AccountsServerFixture.PostFormAsync(second, SeriesPage, "/console/review/actions", Form("correct", "sửa", level: "1", value: "41"));
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewForm_SameAccountBothLevels_RefusedWithBilingualReason()
    {
        var day = Day.AddDays(1);
        await ReviewData.SeedAsync(server.Store, Station, day);
        var page = $"/console/review/series?station={Station}&parameter=COD&from=2026-02-04T00:00:00&to=2026-02-04T23:00:00";
        var fields = Form("approve", "ok", level: "1");
        fields["from"] = fields["pageFrom"] = "2026-02-04T00:00:00";
        fields["to"] = fields["pageTo"] = "2026-02-04T23:00:00";
        using var second = await server.SignedInAsync("kiemtra2");
        using var level1 = await AccountsServerFixture.PostFormAsync(second, page, "/console/review/actions", fields);
        Assert.Equal(HttpStatusCode.Redirect, level1.StatusCode);
        fields["level"] = "2";
        using var level2 = await AccountsServerFixture.PostFormAsync(second, page, "/console/review/actions", fields);
        Assert.Equal(HttpStatusCode.Forbidden, level2.StatusCode);
        var html = await level2.Content.ReadAsStringAsync();
        Assert.Contains("separation of duties", html, StringComparison.Ordinal);
        Assert.Contains("phân tách nhiệm vụ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPages_WrongCallers_AreRefused()
    {
        using var anonymous = server.NewClient();
        using var redirect = await anonymous.GetAsync("/console/review");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/console/sign-in", redirect.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var enterprise = await server.SignedInAsync("caph");
        using var denied = await enterprise.GetAsync(SeriesPage);
        Assert.StartsWith("/console/denied", denied.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        using var first = await server.SignedInAsync("kiemtra1");
        using var noToken = await first.PostAsync("/console/review/actions", new FormUrlEncodedContent(Form("approve", "x")));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    [GeneratedRegex("<td>level2:")]
    private static partial Regex LevelTwo();
}
