namespace QuanTrac.Domain.Tamper;

/// <summary>
/// Thresholds of the tamper detectors (project choices, tuned to stay silent on realistic clean series: a signal asks
/// a reviewer to look, so false alarms cost trust).
/// </summary>
public sealed record TamperSettings
{
    /// <summary>The defaults.</summary>
    public static readonly TamperSettings Default = new();

    /// <summary>How many days back a replayed stretch is looked for (default 7).</summary>
    public int ReplayLookbackDays { get; init; } = 7;

    /// <summary>Shortest replayed stretch, in consecutive records (default 24: two hours at 5 minutes).</summary>
    public int ReplayMinRecords { get; init; } = 24;

    /// <summary>A replayed stretch must hold at least this many distinct values, so a flat or stuck run is not called a replay (default 4).</summary>
    public int ReplayMinDistinct { get; init; } = 4;

    /// <summary>Shortest flat run, in consecutive records, checked for status changes (default 6: 30 minutes).</summary>
    public int FlatMinRecords { get; init; } = 6;

    /// <summary>Pinned: band just below the limit, as a share of the limit (default 0.9: 90 %–100 %).</summary>
    public decimal PinnedBandStart { get; init; } = 0.9m;

    /// <summary>Pinned: at least this share of the values in the band (default 0.25).</summary>
    public decimal PinnedMinShare { get; init; } = 0.25m;

    /// <summary>Pinned: the band holds at least this many times the values of the band below it (80–90 %) (default 3).</summary>
    public decimal PinnedRatioToBandBelow { get; init; } = 3m;

    /// <summary>Pinned: at most this share of values above the limit (default 0.01).</summary>
    public decimal PinnedMaxShareAbove { get; init; } = 0.01m;

    /// <summary>Fewest values for the share-based detectors (pinned, round numbers) (default 100).</summary>
    public int MinValues { get; init; } = 100;

    /// <summary>Round numbers: share of whole numbers at least this many times what the resolution makes likely (default 5).</summary>
    public decimal RoundFactor { get; init; } = 5m;

    /// <summary>Round numbers: and at least this share (default 0.2).</summary>
    public decimal RoundMinShare { get; init; } = 0.2m;

    /// <summary>Clock drift: only records that arrived within this delay (either way) are used, so a backlog is not read as drift (default 1 hour).</summary>
    public TimeSpan DriftWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Clock drift: the delay must change by at least this many seconds per day (default 60).</summary>
    public double DriftMinSecondsPerDay { get; init; } = 60;

    /// <summary>Clock drift: the records used must span at least this long (default 1 day).</summary>
    public TimeSpan DriftMinSpan { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Clock ahead: a record stamped this much later than its arrival counts (default 60 s).</summary>
    public TimeSpan AheadTolerance { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Clock ahead: at least this many such records (default 12).</summary>
    public int AheadMinRecords { get; init; } = 12;
}
