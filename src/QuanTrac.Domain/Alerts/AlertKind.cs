namespace QuanTrac.Domain.Alerts;

/// <summary>What an alert is about (quality-control.md §3.3–§3.5).</summary>
public enum AlertKind
{
    /// <summary>A valid mean of a parameter approaches or breaks the station's applicable limit.</summary>
    Exceedance,
    /// <summary>No file from the station (transmission interruption, TT 24 Art. 58); station level, no parameter.</summary>
    Silence,
    /// <summary>A parameter reports status 02 (device error) without interruption.</summary>
    DeviceError,
    /// <summary>A reference-material check of a parameter failed (quality-control.md §5).</summary>
    ReferenceCheck,
}

/// <summary>How sure and how urgent. Ordered: a higher level escalates a lower one.</summary>
public enum AlertLevel
{
    /// <summary>"tendency": a value at 80 % of the limit or more (default).</summary>
    Approaching = 1,
    /// <summary>"preparing": 90 % or more; for silence, 3 intervals without a file.</summary>
    Warning = 2,
    /// <summary>"exceed": the limit is broken; for silence, 60 minutes; device-error streaks and failed checks.</summary>
    Alarm = 3,
}

/// <summary>Where an alert is in its lifecycle: open → acknowledged → resolved.</summary>
public enum AlertState
{
    /// <summary>Raised (or escalated) and not yet seen by an operator.</summary>
    Open,
    /// <summary>An operator has seen it; it stays until the condition clears or someone resolves it.</summary>
    Acknowledged,
    /// <summary>Closed: the condition cleared (hysteresis) or an operator resolved it. Never reopened: a new alert is raised instead.</summary>
    Resolved,
}

/// <summary>The text forms used in storage, JSON and on the command line.</summary>
public static class AlertNames
{
    /// <summary><c>exceedance</c>, <c>silence</c>, <c>device-error</c>, <c>reference-check</c>.</summary>
    public static string Format(AlertKind kind) => kind switch
    {
        AlertKind.Exceedance => "exceedance",
        AlertKind.Silence => "silence",
        AlertKind.DeviceError => "device-error",
        _ => "reference-check",
    };

    /// <summary><c>approaching</c>, <c>warning</c>, <c>alarm</c>.</summary>
    public static string Format(AlertLevel level) => level switch
    {
        AlertLevel.Approaching => "approaching",
        AlertLevel.Warning => "warning",
        _ => "alarm",
    };

    /// <summary><c>open</c>, <c>acknowledged</c>, <c>resolved</c>.</summary>
    public static string Format(AlertState state) => state switch
    {
        AlertState.Open => "open",
        AlertState.Acknowledged => "acknowledged",
        _ => "resolved",
    };

    /// <summary>Parses a kind; false for any other text.</summary>
    public static bool TryParseKind(string text, out AlertKind kind) => TryParse(text, out kind);

    /// <summary>Parses a level; false for any other text.</summary>
    public static bool TryParseLevel(string text, out AlertLevel level) => TryParse(text, out level);

    /// <summary>Parses a state; false for any other text.</summary>
    public static bool TryParseState(string text, out AlertState state) => TryParse(text, out state);

    static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var v in Enum.GetValues<T>())
            if (string.Equals(Name(v), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        value = default;
        return false;
    }

    static string Name<T>(T v) where T : struct, Enum => v switch
    {
        AlertKind k => Format(k),
        AlertLevel l => Format(l),
        AlertState s => Format(s),
        _ => v.ToString(),
    };
}
