namespace QuanTrac.Domain.Alerts;

/// <summary>The outcome of applying conditions: alerts to store (new ones with id 0) and the changes to notify.</summary>
/// <param name="Changed">Every alert that changed, in its latest form, one per key.</param>
/// <param name="Events">Changes people are told about, in order.</param>
public sealed record AlertUpdate(IReadOnlyList<Alert> Changed, IReadOnlyList<AlertEvent> Events);

/// <summary>
/// De-duplication and hysteresis — the part that makes alerts never storm. Conditions are applied per key in time
/// order on top of the latest alert of that key:
/// <list type="bullet">
/// <item>no unresolved alert and an active condition → one new alert (<see cref="AlertChange.Opened"/>);</item>
/// <item>an unresolved alert and an active condition at a higher level → the same alert escalates and is open again;
/// at the same or a lower level → nothing to notify (only its bookkeeping moves on);</item>
/// <item>clear conditions → resolved once they have lasted <see cref="AlertSettings.ClearAfter"/> without an active or
/// hold condition in between;</item>
/// <item>conditions at or before the key's <see cref="Alert.ConditionAt"/> were applied already and are skipped, so
/// re-evaluating an overlapping window changes nothing and a resolved alert is not raised again by old values.</item>
/// </list>
/// Pure: the caller loads the latest alert per key and stores <see cref="AlertUpdate.Changed"/>.
/// </summary>
public static class AlertLifecycle
{
    /// <summary>Applies <paramref name="conditions"/> (any order) at wall-clock <paramref name="now"/>.</summary>
    public static AlertUpdate Apply(IReadOnlyDictionary<AlertKey, Alert> latest, IEnumerable<AlertCondition> conditions, DateTimeOffset now,
        AlertSettings? settings = null)
    {
        var s = settings ?? AlertSettings.Default;
        var current = new Dictionary<AlertKey, Alert>(latest);
        var changed = new Dictionary<AlertKey, Alert>();
        var events = new List<AlertEvent>();
        var ordered = conditions.OrderBy(c => c.Key.Station, StringComparer.Ordinal).ThenBy(c => c.Key.Parameter, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Kind).ThenBy(c => c.At).ThenByDescending(c => c.Level ?? 0);
        foreach (var c in ordered)
        {
            current.TryGetValue(c.Key, out var alert);
            if (alert is not null && c.At <= alert.ConditionAt)
                continue;
            var next = Step(alert, c, now, s, events);
            if (next is not null && !ReferenceEquals(next, alert))
            {
                current[c.Key] = next;
                changed[c.Key] = next;
            }
        }
        return new([.. changed.Values], events);
    }

    static Alert? Step(Alert? alert, AlertCondition c, DateTimeOffset now, AlertSettings s, List<AlertEvent> events)
    {
        var unresolved = alert is { State: not AlertState.Resolved };
        if (c.Level is { } level)
        {
            if (!unresolved)
            {
                var opened = new Alert(0, c.Key.Station, c.Key.Parameter, c.Key.Kind, level, AlertState.Open, c.At, now, now, c.At, null,
                    c.Value, c.Limit, c.Unit, c.Period, c.MessageVi, c.MessageEn);
                events.Add(new(AlertChange.Opened, opened));
                return opened;
            }
            if (level > alert!.Level)
            {
                var escalated = alert with
                {
                    Level = level, State = AlertState.Open, UpdatedAt = now, ConditionAt = c.At, ClearSince = null,
                    Value = c.Value, Limit = c.Limit, Unit = c.Unit, Period = c.Period, MessageVi = c.MessageVi, MessageEn = c.MessageEn,
                };
                events.Add(new(AlertChange.Escalated, escalated));
                return escalated;
            }
            return alert with { ConditionAt = c.At, ClearSince = null, UpdatedAt = now };
        }
        if (!unresolved)
            return alert; // nothing open: clear or hold findings change nothing
        if (!c.Clear)
            return alert!.ClearSince is null ? alert with { ConditionAt = c.At, UpdatedAt = now } : alert with { ConditionAt = c.At, ClearSince = null, UpdatedAt = now };
        var since = alert!.ClearSince ?? c.At;
        if (c.At - since >= s.ClearAfter(c.Key.Kind))
        {
            var resolved = alert.Resolve(Alert.System, now) with { ConditionAt = c.At, ClearSince = since };
            events.Add(new(AlertChange.Resolved, resolved));
            return resolved;
        }
        return alert with { ConditionAt = c.At, ClearSince = since, UpdatedAt = now };
    }
}
