using System.Globalization;

namespace QuanTrac.Domain.Review;

/// <summary>
/// The review state of one value at one instant: the actions that cover it since the last reopen that covers it,
/// replayed in order. Approve confirms the content as it stands; invalidate and correct change it; the level is the
/// highest level of those decisions; level 2 locks the value until a reopen.
/// </summary>
/// <param name="Level">0 unreviewed, 1 reviewed, 2 approved (validated and locked).</param>
/// <param name="Content">Original, invalidated or corrected.</param>
/// <param name="CorrectedValue">The value of the last correction when <see cref="Content"/> is corrected, else null.</param>
/// <param name="Annotated">True when a note covers the value in this cycle.</param>
/// <param name="Level1Users">Users who made a level-1 decision in this cycle (separation of duties).</param>
/// <param name="LastActionId">Id of the last action that decided the state, or 0.</param>
public sealed record ReviewState(int Level, ReviewContent Content, decimal? CorrectedValue, bool Annotated,
    IReadOnlyList<string> Level1Users, long LastActionId)
{
    /// <summary>No review yet.</summary>
    public static readonly ReviewState Unreviewed = new(0, ReviewContent.Original, null, false, [], 0);

    /// <summary>True when level 2 approved the value: it is validated and locked until a reopen.</summary>
    public bool Locked => Level >= 2;

    /// <summary>
    /// Short stable text: <c>unreviewed</c>, or <c>level1:approved</c>, <c>level2:invalidated</c>, <c>level2:corrected</c> …,
    /// with <c>;annotated</c> appended when a note covers it.
    /// </summary>
    public override string ToString()
    {
        var text = Level == 0 ? "unreviewed" : string.Create(CultureInfo.InvariantCulture, $"level{Level}:{ContentName}");
        return Annotated ? text + ";annotated" : text;
    }

    /// <summary>As <see cref="ToString"/>, with the corrected value (for the audit log).</summary>
    public string Describe() => Content == ReviewContent.Corrected
        ? ToString() + "=" + CorrectedValue?.ToString(CultureInfo.InvariantCulture)
        : ToString();

    string ContentName => Content switch
    {
        ReviewContent.Invalidated => "invalidated",
        ReviewContent.Corrected => "corrected",
        _ => "approved",
    };

    /// <summary>The state of the value observed at <paramref name="at"/>, given every action of its series in id order.</summary>
    public static ReviewState At(IReadOnlyList<ReviewAction> actions, DateTimeOffset at)
    {
        // The cycle starts after the last reopen that covers the value.
        var start = 0;
        for (var i = actions.Count - 1; i >= 0; i--)
            if (actions[i].Request.Kind == ReviewActionKind.Reopen && actions[i].Covers(at))
            {
                start = i + 1;
                break;
            }
        int level = 0;
        var content = ReviewContent.Original;
        decimal? corrected = null;
        var annotated = false;
        List<string>? level1 = null;
        long last = 0;
        for (var i = start; i < actions.Count; i++)
        {
            var a = actions[i];
            if (!a.Covers(at))
                continue;
            var r = a.Request;
            if (r.Kind == ReviewActionKind.Annotate)
            {
                annotated = true;
                continue;
            }
            switch (r.Kind)
            {
                case ReviewActionKind.Invalidate:
                    content = ReviewContent.Invalidated;
                    corrected = null;
                    break;
                case ReviewActionKind.Correct:
                    content = ReviewContent.Corrected;
                    corrected = r.Value;
                    break;
            }
            level = Math.Max(level, r.Level);
            if (r.Level == 1)
                (level1 ??= []).Add(r.User);
            last = a.Id;
        }
        return level == 0 && !annotated ? Unreviewed : new(level, content, corrected, annotated, level1 ?? [], last);
    }

    /// <summary>
    /// The instants of [from, to] where the state may differ from its neighbour's: from itself and every action
    /// boundary inside the range. Evaluating <see cref="At"/> there covers every state the range holds.
    /// </summary>
    public static IReadOnlyList<DateTimeOffset> Breakpoints(IReadOnlyList<ReviewAction> actions, DateTimeOffset from, DateTimeOffset to)
    {
        var points = new SortedSet<DateTimeOffset> { from };
        foreach (var a in actions)
        {
            if (a.Request.From > from && a.Request.From <= to)
                points.Add(a.Request.From);
            var after = a.Request.To.AddSeconds(1);
            if (after > from && after <= to)
                points.Add(after);
        }
        return [.. points];
    }
}
