namespace QuanTrac.Domain.Tamper;

/// <summary>The patterns the tamper detectors look for (a reviewer's attention, never a verdict).</summary>
public enum TamperKind
{
    /// <summary>A stretch of values identical, record for record, to the same hours of an earlier day.</summary>
    Replay,
    /// <summary>Values that stay exactly flat while the device status changes (a real analyser's reading moves when it calibrates or fails).</summary>
    FlatWhileStatusChanges,
    /// <summary>Values piled up just below a limit, far more than just below that band, and hardly ever above it.</summary>
    PinnedBelowLimit,
    /// <summary>Far more whole (round) numbers than the series' resolution makes likely.</summary>
    RoundNumbers,
    /// <summary>The station clock drifts against the receipt time, or stamps records later than they arrive.</summary>
    ClockDrift,
}

/// <summary>One signal: what pattern, where, when, and why in Vietnamese and English.</summary>
/// <param name="Kind">The pattern.</param>
/// <param name="Station">Station prefix.</param>
/// <param name="Parameter">Parameter code; empty when the signal is about the station (clock).</param>
/// <param name="From">First record time of the evidence.</param>
/// <param name="To">Last record time of the evidence.</param>
/// <param name="Score">How strong the evidence is, ≥ 0, in the pattern's own unit (records in a run, a share, seconds per day); for ordering only.</param>
/// <param name="ExplanationVi">What was seen, in Vietnamese, with the figures.</param>
/// <param name="ExplanationEn">The same in English.</param>
public sealed record TamperSignal(TamperKind Kind, string Station, string Parameter, DateTimeOffset From, DateTimeOffset To, decimal Score,
    string ExplanationVi, string ExplanationEn);

/// <summary>Text forms of <see cref="TamperKind"/>.</summary>
public static class TamperNames
{
    /// <summary><c>replay</c>, <c>flat-while-status-changes</c>, <c>pinned-below-limit</c>, <c>round-numbers</c>, <c>clock-drift</c>.</summary>
    public static string Format(TamperKind kind) => kind switch
    {
        TamperKind.Replay => "replay",
        TamperKind.FlatWhileStatusChanges => "flat-while-status-changes",
        TamperKind.PinnedBelowLimit => "pinned-below-limit",
        TamperKind.RoundNumbers => "round-numbers",
        _ => "clock-drift",
    };
}

/// <summary>One record as the detectors see it.</summary>
/// <param name="ObservedAt">Record time (end of its interval).</param>
/// <param name="Value">Canonical value, null when missing.</param>
/// <param name="Status">Raw status code.</param>
/// <param name="ReceivedAt">When its file arrived.</param>
public readonly record struct TamperRecord(DateTimeOffset ObservedAt, decimal? Value, string Status, DateTimeOffset ReceivedAt);
