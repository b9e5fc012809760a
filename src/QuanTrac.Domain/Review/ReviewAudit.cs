using System.Globalization;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Review;

/// <summary>What the audit log records of a review action: its subject and the range's states before and after.</summary>
public static class ReviewAudit
{
    /// <summary>Audit action name, e.g. <c>review.correct</c>.</summary>
    public static string Action(ReviewRequest r) => "review." + ReviewActionKinds.Name(r.Kind);

    /// <summary><c>station=…;parameter=…;from=…;to=…;level=…[;value=…]</c>, times in Vietnam time.</summary>
    public static string Subject(ReviewRequest r) => string.Create(CultureInfo.InvariantCulture,
        $"station={r.Station};parameter={r.Parameter};from={VietnamTime.FormatIso(r.From)};to={VietnamTime.FormatIso(r.To)};level={r.Level}")
        + (r.Value is { } v ? ";value=" + v.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>
    /// The distinct review states over the request's range given <paramref name="actions"/>, each with the first
    /// instant it holds from: <c>2025-06-14T08:00:00+07:00 unreviewed | 2025-06-14T08:30:00+07:00 level1:corrected=5.2</c>.
    /// </summary>
    public static string States(IReadOnlyList<ReviewAction> actions, ReviewRequest r)
    {
        var parts = new List<string>();
        string? previous = null;
        foreach (var p in ReviewState.Breakpoints(actions, r.From, r.To))
        {
            var text = ReviewState.At(actions, p).Describe();
            if (text == previous)
                continue;
            parts.Add(VietnamTime.FormatIso(p) + " " + text);
            previous = text;
        }
        return string.Join(" | ", parts);
    }
}
