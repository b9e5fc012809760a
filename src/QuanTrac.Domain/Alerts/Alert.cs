namespace QuanTrac.Domain.Alerts;

/// <summary>
/// One alert. There is at most one unresolved alert per (<see cref="Station"/>, <see cref="Parameter"/>,
/// <see cref="Kind"/>); its level may rise while it is open but never falls, and it resolves only after the
/// condition stayed clear for the kind's hysteresis time (<see cref="AlertSettings"/>).
/// </summary>
/// <param name="Id">Store id; 0 for an alert not stored yet.</param>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Canonical parameter code; empty for station-level alerts (silence).</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Level">The highest level reached while unresolved.</param>
/// <param name="State">Lifecycle state.</param>
/// <param name="StartedAt">Time of the condition that raised it (the label of the mean, the record time, or the evaluation time for silence).</param>
/// <param name="OpenedAt">When the system raised it.</param>
/// <param name="UpdatedAt">When it last changed (level, state, hysteresis bookkeeping).</param>
/// <param name="ConditionAt">Time of the last condition considered; older conditions are never applied again (re-evaluation is idempotent).</param>
/// <param name="ClearSince">Time of the first clear condition of the current clear run; null while the condition holds.</param>
/// <param name="Value">The value behind the current level (a mean, minutes of silence …), in <paramref name="Unit"/>; null when none.</param>
/// <param name="Limit">The limit it was compared with (after multipliers), in <paramref name="Unit"/>; null when none.</param>
/// <param name="Unit">Unit of value and limit (<c>min</c> for silence and device-error streaks).</param>
/// <param name="Period">Averaging period of an exceedance (<c>1h</c>, <c>8h</c>, <c>24h</c>); null for other kinds.</param>
/// <param name="MessageVi">What happened, in Vietnamese.</param>
/// <param name="MessageEn">What happened, in English.</param>
/// <param name="AcknowledgedAt">When an operator acknowledged it.</param>
/// <param name="AcknowledgedBy">Who acknowledged it.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
/// <param name="ResolvedBy">Who resolved it (<c>system</c> when the condition cleared).</param>
/// <param name="Note">Free text given with an acknowledgement or a manual resolution.</param>
public sealed record Alert(
    long Id, string Station, string Parameter, AlertKind Kind, AlertLevel Level, AlertState State,
    DateTimeOffset StartedAt, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt, DateTimeOffset ConditionAt, DateTimeOffset? ClearSince,
    decimal? Value, decimal? Limit, string? Unit, string? Period, string MessageVi, string MessageEn,
    DateTimeOffset? AcknowledgedAt = null, string? AcknowledgedBy = null, DateTimeOffset? ResolvedAt = null, string? ResolvedBy = null,
    string? Note = null)
{
    /// <summary>The de-duplication key.</summary>
    public AlertKey Key => new(Station, Parameter, Kind);

    /// <summary>The user name recorded when the condition itself cleared.</summary>
    public const string System = "system";

    /// <summary>An operator acknowledges an unresolved alert (acknowledging twice keeps the first).</summary>
    public Alert Acknowledge(string user, DateTimeOffset at, string? note = null)
    {
        if (State == AlertState.Resolved)
            throw new InvalidOperationException($"Alert {Id} is resolved. / Cảnh báo {Id} đã được đóng.");
        return State == AlertState.Acknowledged ? this
            : this with { State = AlertState.Acknowledged, AcknowledgedAt = at, AcknowledgedBy = user, UpdatedAt = at, Note = note ?? Note };
    }

    /// <summary>Closes an unresolved alert by hand (or by the system when the condition cleared).</summary>
    public Alert Resolve(string user, DateTimeOffset at, string? note = null)
    {
        if (State == AlertState.Resolved)
            throw new InvalidOperationException($"Alert {Id} is resolved already. / Cảnh báo {Id} đã được đóng.");
        return this with { State = AlertState.Resolved, ResolvedAt = at, ResolvedBy = user, UpdatedAt = at, Note = note ?? Note };
    }
}

/// <summary>The de-duplication key of an alert: one unresolved alert per station, parameter and kind.</summary>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Parameter code, empty for station-level alerts.</param>
/// <param name="Kind">Alert kind.</param>
public readonly record struct AlertKey(string Station, string Parameter, AlertKind Kind);
