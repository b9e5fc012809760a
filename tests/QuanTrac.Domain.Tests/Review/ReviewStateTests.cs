using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Quality;
using QuanTrac.Domain.Review;

namespace QuanTrac.Domain.Tests.Review;

public class ReviewStateTests
{
    static readonly DateTimeOffset T0 = new(2025, 6, 14, 8, 0, 0, TimeSpan.FromHours(7));

    static ReviewAction A(long id, ReviewActionKind kind, int level, string user, int from = 0, int to = 60, decimal? value = null) =>
        new(id, new ReviewRequest("S", "COD", T0.AddMinutes(from), T0.AddMinutes(to), kind, level, user, "r", value).Normalized(), T0.AddDays(1).AddMinutes(id));

    [Fact]
    public void At_CorrectionThenLevel2Approval_Level2CorrectedValueLocked()
    {
        List<ReviewAction> actions = [A(1, ReviewActionKind.Correct, 1, "alice", 10, 10, 4.5m), A(2, ReviewActionKind.Approve, 1, "alice"), A(3, ReviewActionKind.Approve, 2, "bob")];
        var s = ReviewState.At(actions, T0.AddMinutes(10));
        Assert.Equal((2, ReviewContent.Corrected, 4.5m, true), (s.Level, s.Content, s.CorrectedValue, s.Locked));
        Assert.Equal("level2:corrected", s.ToString());
        Assert.Equal("level2:corrected=4.5", s.Describe());
        Assert.Equal("level2:approved", ReviewState.At(actions, T0.AddMinutes(5)).ToString());
        Assert.Equal("unreviewed", ReviewState.At(actions, T0.AddMinutes(61)).ToString());
    }

    [Fact]
    public void At_AfterReopen_StartsANewCycle()
    {
        List<ReviewAction> actions = [A(1, ReviewActionKind.Invalidate, 1, "alice"), A(2, ReviewActionKind.Approve, 2, "bob"),
            A(3, ReviewActionKind.Reopen, 2, "bob", 0, 30), A(4, ReviewActionKind.Annotate, 1, "carol", 0, 30)];
        var reopened = ReviewState.At(actions, T0.AddMinutes(15));
        Assert.Equal("unreviewed;annotated", reopened.ToString());
        Assert.Empty(reopened.Level1Users);
        Assert.Equal("level2:invalidated", ReviewState.At(actions, T0.AddMinutes(45)).ToString());
    }

    [Fact]
    public void Place_EachLayer_RawKeepsTheValueValidatedNeedsLevel2PublishedLabelsProvisional()
    {
        var o = new Observation("S", "COD", "COD", T0, "41", 41m, "mg/L", "mg/L", "00", ObservationFlags.None);
        var l1 = ReviewState.At([A(1, ReviewActionKind.Correct, 1, "alice", value: 40m)], T0);
        var spike = new List<(string, QcSeverity)> { ("spike", QcSeverity.Suspect) };

        Assert.Equal(41m, LayeredValue.Place(DataLayer.Raw, o, spike, l1)!.Value);
        Assert.Null(LayeredValue.Place(DataLayer.Validated, o, spike, l1));
        var published = LayeredValue.Place(DataLayer.Published, o, spike, l1)!;
        Assert.Equal((40m, true, "provisional;level1:corrected"), (published.Value, published.Provisional, published.ReviewText(DataLayer.Published)));
        Assert.Equal(["spike"], published.RuleIds);
        // An invalid automatic flag keeps an unreviewed value from the public; a level-2 approval overrides it.
        var range = new List<(string, QcSeverity)> { ("range", QcSeverity.Invalid) };
        Assert.Null(LayeredValue.Place(DataLayer.Published, o, range, ReviewState.Unreviewed));
        var approved = ReviewState.At([A(1, ReviewActionKind.Approve, 1, "alice"), A(2, ReviewActionKind.Approve, 2, "bob")], T0);
        Assert.Equal(41m, LayeredValue.Place(DataLayer.Validated, o, range, approved)!.Value);
    }
}
