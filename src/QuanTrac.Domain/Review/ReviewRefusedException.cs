namespace QuanTrac.Domain.Review;

/// <summary>A review action the policy refuses; the message is Vietnamese then English.</summary>
/// <param name="code">Stable code for programs, e.g. <c>SAME_USER_BOTH_LEVELS</c>.</param>
/// <param name="vi">The reason in Vietnamese.</param>
/// <param name="en">The reason in English.</param>
public sealed class ReviewRefusedException(string code, string vi, string en) : Exception($"{vi} / {en}")
{
    /// <summary>Stable code for programs.</summary>
    public string Code { get; } = code;
}
