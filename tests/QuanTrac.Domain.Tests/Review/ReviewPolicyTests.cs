using QuanTrac.Domain.Review;

namespace QuanTrac.Domain.Tests.Review;

public class ReviewPolicyTests
{
    static readonly DateTimeOffset T0 = new(2025, 6, 14, 8, 0, 0, TimeSpan.FromHours(7));
    static readonly DateTimeOffset Recorded = new(2025, 6, 15, 0, 0, 0, TimeSpan.Zero);

    static ReviewRequest Req(ReviewActionKind kind, int level, string user, int fromMinutes = 0, int toMinutes = 60, string? reason = "r", decimal? value = null) =>
        new ReviewRequest("S", "COD", T0.AddMinutes(fromMinutes), T0.AddMinutes(toMinutes), kind, level, user, reason, value).Normalized();

    static List<ReviewAction> History(params ReviewRequest[] requests) =>
        [.. requests.Select((r, i) => new ReviewAction(i + 1, r, Recorded.AddMinutes(i)))];

    static string Refusal(IReadOnlyList<ReviewAction> history, ReviewRequest request, IReadOnlyList<DateTimeOffset>? times = null) =>
        Assert.Throws<ReviewRefusedException>(() => ReviewPolicy.Check(history, request, times)).Code;

    [Fact]
    public void Check_Level2ByTheLevel1User_RefusedBilingually()
    {
        var history = History(Req(ReviewActionKind.Approve, 1, "alice"));
        var e = Assert.Throws<ReviewRefusedException>(() => ReviewPolicy.Check(history, Req(ReviewActionKind.Approve, 2, "Alice")));
        Assert.Equal("SAME_USER_BOTH_LEVELS", e.Code);
        Assert.Contains("Người dùng 'Alice'", e.Message, StringComparison.Ordinal);
        Assert.Contains("separation of duties", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Level2ByAnotherUser_Accepted() =>
        ReviewPolicy.Check(History(Req(ReviewActionKind.Approve, 1, "alice")), Req(ReviewActionKind.Approve, 2, "bob"));

    [Fact]
    public void Check_Level2OverPartlyUnreviewedRange_Refused() =>
        Assert.Equal("LEVEL1_FIRST", Refusal(History(Req(ReviewActionKind.Approve, 1, "alice", 0, 30)), Req(ReviewActionKind.Approve, 2, "bob", 0, 60)));

    [Fact]
    public void Check_Level2OverGapWithoutValues_AcceptedWhenEveryValueHasLevel1()
    {
        var history = History(Req(ReviewActionKind.Approve, 1, "alice", 0, 0), Req(ReviewActionKind.Approve, 1, "alice", 10, 10));
        ReviewPolicy.Check(history, Req(ReviewActionKind.Approve, 2, "bob", 0, 10), [T0, T0.AddMinutes(10)]);
        Assert.Equal("LEVEL1_FIRST", Refusal(history, Req(ReviewActionKind.Approve, 2, "bob", 0, 10), [T0, T0.AddMinutes(5), T0.AddMinutes(10)]));
    }

    [Fact]
    public void Check_ActionOnLockedPeriod_RefusedUntilReopened()
    {
        var approved = History(Req(ReviewActionKind.Approve, 1, "alice"), Req(ReviewActionKind.Approve, 2, "bob"));
        Assert.Equal("LOCKED", Refusal(approved, Req(ReviewActionKind.Correct, 1, "carol", 30, 30, value: 5m)));
        Assert.Equal("LOCKED", Refusal(approved, Req(ReviewActionKind.Annotate, 1, "carol", 30, 30)));
        var reopened = History([.. approved.Select(a => a.Request), Req(ReviewActionKind.Reopen, 2, "bob", 30, 30, "lab result")]);
        ReviewPolicy.Check(reopened, Req(ReviewActionKind.Correct, 1, "carol", 30, 30, value: 5m));
        Assert.Equal("LOCKED", Refusal(reopened, Req(ReviewActionKind.Correct, 1, "carol", 25, 30, value: 5m)));
    }

    [Fact]
    public void Check_ReopenOfUnlockedDataOrWithoutReason_Refused()
    {
        Assert.Equal("NOT_LOCKED", Refusal(History(Req(ReviewActionKind.Approve, 1, "alice")), Req(ReviewActionKind.Reopen, 2, "bob")));
        var approved = History(Req(ReviewActionKind.Approve, 1, "alice"), Req(ReviewActionKind.Approve, 2, "bob"));
        Assert.Equal("REASON_REQUIRED", Refusal(approved, Req(ReviewActionKind.Reopen, 2, "bob", reason: "  ")));
    }

    [Theory]
    [InlineData(ReviewActionKind.Invalidate, null, null, "REASON_REQUIRED")]
    [InlineData(ReviewActionKind.Correct, "drift", null, "VALUE_REQUIRED")]
    [InlineData(ReviewActionKind.Approve, null, 3.0, "VALUE_NOT_ALLOWED")]
    [InlineData(ReviewActionKind.Annotate, null, null, "REASON_REQUIRED")]
    public void Check_MissingOrExtraFields_Refused(ReviewActionKind kind, string? reason, double? value, string code) =>
        Assert.Equal(code, Refusal([], Req(kind, 1, "alice", reason: reason, value: (decimal?)value)));

    [Fact]
    public void Check_BadLevelOrEmptyRange_Refused()
    {
        Assert.Equal("BAD_LEVEL", Refusal([], Req(ReviewActionKind.Approve, 3, "alice")));
        Assert.Equal("EMPTY_RANGE", Refusal([], Req(ReviewActionKind.Approve, 1, "alice", 30, 0)));
        Assert.Equal("USER_REQUIRED", Refusal([], Req(ReviewActionKind.Approve, 1, " ")));
    }
}
