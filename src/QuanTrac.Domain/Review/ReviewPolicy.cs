using System.Globalization;

namespace QuanTrac.Domain.Review;

/// <summary>
/// The rules a review action must follow (quality-control.md §4), checked against every earlier action of the same
/// station parameter: required reason and value; level 1 before level 2; the level-2 user differs from every
/// level-1 user of the same data (separation of duties); level-2 approval locks, and only a reopen with a reason
/// unlocks. Pure: the store calls it inside the transaction that appends the action, so two reviewers cannot race.
/// </summary>
public static class ReviewPolicy
{
    /// <summary>Throws <see cref="ReviewRefusedException"/> when <paramref name="request"/> may not follow <paramref name="history"/>.</summary>
    /// <param name="history">Every earlier action of the request's station parameter, in id order.</param>
    /// <param name="request">The normalized request.</param>
    /// <param name="observedTimes">Observation times of the series inside the request's range: level 2 needs level 1
    /// on each of them (gaps between values need no review). Null or empty: checked over the whole range.</param>
    public static void Check(IReadOnlyList<ReviewAction> history, ReviewRequest request, IReadOnlyList<DateTimeOffset>? observedTimes = null)
    {
        CheckFields(request);
        var r = request;
        var range = Range(r);

        var states = ReviewState.Breakpoints(history, r.From, r.To).Select(p => (At: p, State: ReviewState.At(history, p))).ToList();
        if (r.Kind == ReviewActionKind.Reopen)
        {
            if (!states.Any(s => s.State.Locked))
                throw new ReviewRefusedException("NOT_LOCKED",
                    $"Không có số liệu đã phê duyệt (khóa) trong {range} để mở lại.", $"Nothing in {range} is approved (locked), so there is nothing to reopen.");
            return;
        }
        if (states.FirstOrDefault(s => s.State.Locked) is { State: not null } locked)
            throw new ReviewRefusedException("LOCKED",
                $"Số liệu từ {Instant(locked.At)} đã được phê duyệt cấp 2 và bị khóa; cần mở lại (review reopen) kèm lý do trước.",
                $"The data from {Instant(locked.At)} are approved at level 2 and locked; reopen them first (review reopen) with a reason.");
        if (r.Level != 2 || r.Kind == ReviewActionKind.Annotate)
            return;
        var values = observedTimes is { Count: > 0 }
            ? observedTimes.Where(t => r.From <= t && t <= r.To).Select(t => (At: t, State: ReviewState.At(history, t))).ToList()
            : states;
        if (values.FirstOrDefault(s => s.State.Level < 1) is { State: not null } unreviewed)
            throw new ReviewRefusedException("LEVEL1_FIRST",
                $"Số liệu từ {Instant(unreviewed.At)} chưa được kiểm duyệt cấp 1; cấp 2 chỉ phê duyệt sau cấp 1.",
                $"The data from {Instant(unreviewed.At)} have no level-1 review yet; level 2 comes after level 1.");
        if (states.FirstOrDefault(s => s.State.Level1Users.Any(u => SameUser(u, r.User))) is { State: not null } same)
            throw new ReviewRefusedException("SAME_USER_BOTH_LEVELS",
                $"Người dùng '{r.User}' đã kiểm duyệt cấp 1 số liệu từ {Instant(same.At)}; cấp 2 phải do người khác thực hiện (phân tách nhiệm vụ).",
                $"User '{r.User}' did the level-1 review of the data from {Instant(same.At)}; level 2 must be someone else (separation of duties).");
    }

    /// <summary>
    /// The checks that need no history: user, range, level, reason (all kinds but approve), value (correct only).
    /// Throws <see cref="ReviewRefusedException"/>.
    /// </summary>
    public static void CheckFields(ReviewRequest request)
    {
        var r = request;
        var range = Range(r);
        if (string.IsNullOrWhiteSpace(r.User))
            throw new ReviewRefusedException("USER_REQUIRED", "Thiếu người thực hiện (--user).", "The user is required (--user).");
        if (r.From > r.To)
            throw new ReviewRefusedException("EMPTY_RANGE", $"Khoảng thời gian {range} rỗng: --from sau --to.", $"The range {range} is empty: --from is after --to.");
        if (r.Kind != ReviewActionKind.Reopen && r.Level is not (1 or 2))
            throw new ReviewRefusedException("BAD_LEVEL",
                string.Create(CultureInfo.InvariantCulture, $"Cấp kiểm duyệt {r.Level} không hợp lệ; chỉ có cấp 1 hoặc 2."),
                string.Create(CultureInfo.InvariantCulture, $"Review level {r.Level} does not exist; use 1 or 2."));
        if (r.Kind != ReviewActionKind.Approve && r.Reason is null)
            throw new ReviewRefusedException("REASON_REQUIRED",
                $"Thao tác '{ReviewActionKinds.Name(r.Kind)}' cần lý do (--reason).", $"'{ReviewActionKinds.Name(r.Kind)}' needs a reason (--reason).");
        if (r.Kind == ReviewActionKind.Correct && r.Value is null)
            throw new ReviewRefusedException("VALUE_REQUIRED", "Hiệu chỉnh cần giá trị mới (--value).", "A correction needs the new value (--value).");
        if (r.Kind != ReviewActionKind.Correct && r.Value is not null)
            throw new ReviewRefusedException("VALUE_NOT_ALLOWED",
                "Chỉ thao tác hiệu chỉnh (correct) mới nhận giá trị mới (--value).", "Only a correction takes a new value (--value).");

    }

    /// <summary>True when two account names denote the same person (trimmed, case-insensitive).</summary>
    public static bool SameUser(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    static string Instant(DateTimeOffset at) => Time.VietnamTime.FormatIso(at);

    static string Range(ReviewRequest r) => $"[{Instant(r.From)}, {Instant(r.To)}]";
}
