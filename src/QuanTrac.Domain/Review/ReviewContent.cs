namespace QuanTrac.Domain.Review;

/// <summary>What review has made of a value's content.</summary>
public enum ReviewContent
{
    /// <summary>The observed value stands (unreviewed or approved as observed).</summary>
    Original,
    /// <summary>Invalidated: unusable in every layer but raw.</summary>
    Invalidated,
    /// <summary>Replaced by a reviewer's value.</summary>
    Corrected,
}
