namespace QuanTrac.Domain.Review;

/// <summary>What a reviewer does to a value or a time range (quality-control.md §4).</summary>
public enum ReviewActionKind
{
    /// <summary>Confirms the values as they now stand (the original, or an earlier correction or invalidation).</summary>
    Approve,
    /// <summary>Marks the values unusable; a reason is required.</summary>
    Invalidate,
    /// <summary>Replaces the values by a new value; the original stays in the raw layer; a reason is required.</summary>
    Correct,
    /// <summary>Adds a note; changes neither the values nor the review level.</summary>
    Annotate,
    /// <summary>Unlocks an approved (level 2) period so that it goes through levels 1 and 2 again; a reason is required.</summary>
    Reopen,
}

/// <summary>Names of the kinds as used on the command line, in the store and in the audit log.</summary>
public static class ReviewActionKinds
{
    /// <summary>Lower-case name, e.g. <c>correct</c>.</summary>
    public static string Name(ReviewActionKind kind) => kind switch
    {
        ReviewActionKind.Approve => "approve",
        ReviewActionKind.Invalidate => "invalidate",
        ReviewActionKind.Correct => "correct",
        ReviewActionKind.Annotate => "annotate",
        _ => "reopen",
    };

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static ReviewActionKind? Parse(string name) => name switch
    {
        "approve" => ReviewActionKind.Approve,
        "invalidate" => ReviewActionKind.Invalidate,
        "correct" => ReviewActionKind.Correct,
        "annotate" => ReviewActionKind.Annotate,
        "reopen" => ReviewActionKind.Reopen,
        _ => null,
    };

    /// <summary>True for the kinds that decide about values (approve, invalidate, correct) and so count as a review level.</summary>
    public static bool IsVerdict(ReviewActionKind kind) =>
        kind is ReviewActionKind.Approve or ReviewActionKind.Invalidate or ReviewActionKind.Correct;
}
