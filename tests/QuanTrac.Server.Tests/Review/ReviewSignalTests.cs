using System.Security.Claims;
using QuanTrac.Server.Accounts;
using QuanTrac.Server.Indices;
using QuanTrac.Server.Review;
using QuanTrac.Server.Tests.Accounts;
using static QuanTrac.Server.Tests.Review.ReviewData;

namespace QuanTrac.Server.Tests.Review;

/// <summary>A recorded review action marks its station for the latest-index cache; a refused one does not.</summary>
public sealed class ReviewSignalTests(AccountsServerFixture server) : IClassFixture<AccountsServerFixture>
{
    static ClaimsPrincipal Reviewer(string name) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Roles.Reviewer1)], "test", ClaimTypes.Name, ClaimTypes.Role));

    [Fact]
    public async Task RecordAsync_ActionRecorded_StationMarkedForTheIndexCache()
    {
        var day = new DateTimeOffset(2026, 2, 10, 0, 0, 0, TimeSpan.FromHours(7));
        await SeedAsync(server.Store, AccountsServerFixture.OwnStation, day);
        var signal = new IndexSignal();
        var refused = await ReviewApi.RecordAsync(Reviewer("kiemtra-signal"), new Dictionary<string, string?>
        {
            ["station"] = AccountsServerFixture.OwnStation, ["parameter"] = "COD", ["from"] = Iso(day), ["to"] = Iso(day.AddHours(3)), ["action"] = "invalidate",
        }, server.Store, TimeProvider.System, CancellationToken.None, signal);
        Assert.Null(refused.Action); // an invalidation needs a reason
        Assert.Empty(signal.Drain());

        var outcome = await ReviewApi.RecordAsync(Reviewer("kiemtra-signal"), new Dictionary<string, string?>
        {
            ["station"] = AccountsServerFixture.OwnStation, ["parameter"] = "COD", ["from"] = Iso(day), ["to"] = Iso(day.AddHours(3)), ["action"] = "approve",
        }, server.Store, TimeProvider.System, CancellationToken.None, signal);
        Assert.True(outcome.Action is not null, outcome.Error);
        Assert.Equal([AccountsServerFixture.OwnStation], signal.Drain());
    }
}
