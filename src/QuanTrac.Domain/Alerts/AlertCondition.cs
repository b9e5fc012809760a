namespace QuanTrac.Domain.Alerts;

/// <summary>
/// What an evaluator found at one instant for one key: the condition is active at a level, clear (below the lower,
/// hysteresis threshold), or in between (hold: neither raises nor counts towards clearing).
/// </summary>
/// <param name="Key">Station, parameter and kind.</param>
/// <param name="At">The instant the finding refers to (label of a mean, record time, evaluation time).</param>
/// <param name="Level">The level reached, or null when not active.</param>
/// <param name="Clear">True when the condition is clear; ignored when <paramref name="Level"/> is set.</param>
/// <param name="Value">Value behind the finding (see <see cref="Alert.Value"/>).</param>
/// <param name="Limit">Limit compared with, after multipliers.</param>
/// <param name="Unit">Unit of value and limit.</param>
/// <param name="Period">Averaging period, for exceedances.</param>
/// <param name="MessageVi">Vietnamese text of the finding.</param>
/// <param name="MessageEn">English text of the finding.</param>
public sealed record AlertCondition(AlertKey Key, DateTimeOffset At, AlertLevel? Level, bool Clear, decimal? Value = null,
    decimal? Limit = null, string? Unit = null, string? Period = null, string MessageVi = "", string MessageEn = "")
{
    /// <summary>A condition at a level.</summary>
    public static AlertCondition Active(AlertKey key, DateTimeOffset at, AlertLevel level, decimal? value, decimal? limit, string? unit,
        string? period, string vi, string en) => new(key, at, level, false, value, limit, unit, period, vi, en);

    /// <summary>The condition is clear at <paramref name="at"/>.</summary>
    public static AlertCondition Cleared(AlertKey key, DateTimeOffset at, decimal? value = null) => new(key, at, null, true, value);

    /// <summary>Neither active nor clear at <paramref name="at"/> (between the clear threshold and the lowest level).</summary>
    public static AlertCondition Hold(AlertKey key, DateTimeOffset at, decimal? value = null) => new(key, at, null, false, value);
}

/// <summary>What changed for the people watching: a new alert, a higher level, a closing, an acknowledgement.</summary>
public enum AlertChange
{
    /// <summary>A new alert.</summary>
    Opened,
    /// <summary>An unresolved alert reached a higher level (and is open again).</summary>
    Escalated,
    /// <summary>An operator acknowledged it.</summary>
    Acknowledged,
    /// <summary>It was resolved.</summary>
    Resolved,
}

/// <summary>One change to notify.</summary>
/// <param name="Change">What changed.</param>
/// <param name="Alert">The alert after the change.</param>
public sealed record AlertEvent(AlertChange Change, Alert Alert);
