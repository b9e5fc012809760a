namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// What to simulate. Every default is chosen so that a few days of output show each anomaly a receiver must
/// handle (spec station-data-format.md §5–§7) while most data stay clean. Probabilities are per station (or per
/// channel, i.e. station parameter) and per interval unless stated otherwise; set one to 0 to switch it off.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>Start used by <see cref="StationSimulator"/> when <see cref="Start"/> is left unset: 2025-06-01 00:00 +07:00.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Stations of EACH of the four station types (so 4 × N stations in all). Default 2.</summary>
    public int StationsPerType { get; init; } = 2;

    /// <summary>
    /// Observation time of the first file, aligned to <see cref="Interval"/> in Vietnam time. Left at
    /// <c>default</c> it means "unset": a backfill starts at <see cref="DefaultStart"/>, real-time mode at the
    /// current time aligned down, minus <see cref="RealtimeBackfill"/>.
    /// </summary>
    public DateTimeOffset Start { get; init; }

    /// <summary>Number of days of observations. Default 1.</summary>
    public int Days { get; init; } = 1;

    /// <summary>Seed of every random choice; the same seed gives the same bytes. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Time between two files of a station; 5 minutes by law.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Chance per station and day of one calibration window (status 01 on one analyser). Default 1: daily.</summary>
    public double CalibrationProbabilityPerDay { get; init; } = 1.0;

    /// <summary>Length of a calibration window. Default 15 minutes (zero check, then span check).</summary>
    public TimeSpan CalibrationDuration { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Chance per channel and interval that a device error (status 02, empty or <c>---</c> value) starts; it lasts 1–12 intervals.</summary>
    public double DeviceErrorProbability { get; init; } = 0.0003;

    /// <summary>Chance per channel and interval that a sensor sticks (same value repeated with status 00) for 1–6 hours.</summary>
    public double StuckSensorProbability { get; init; } = 0.00005;

    /// <summary>Chance per value of a spike (3–8 × the true value, capped at the plausible maximum) with status 00.</summary>
    public double SpikeProbability { get; init; } = 0.0003;

    /// <summary>Chance per station and interval that a gap starts: 1–24 files are never delivered (power cut).</summary>
    public double GapProbability { get; init; } = 0.0005;

    /// <summary>
    /// Chance per station and interval that the uplink fails: the next 1–36 files are buffered by the logger and
    /// delivered together, oldest first with original names and timestamps, 1–12 hours later.
    /// </summary>
    public double LateProbability { get; init; } = 0.0005;

    /// <summary>Chance per delivered file that the logger sends it again 10 minutes to 3 hours later.</summary>
    public double ResendProbability { get; init; } = 0.003;

    /// <summary>Share of resends that carry a corrected (changed) value instead of identical bytes. Default 0.1.</summary>
    public double ChangedResendShare { get; init; } = 0.1;

    /// <summary>Chance per station and day of a pollution episode (or treatment upset) of 6–48 hours. Default 0.1.</summary>
    public double EpisodeProbabilityPerDay { get; init; } = 0.1;

    /// <summary>Share of stations whose logger ends lines with LF instead of CRLF. Default 0.25.</summary>
    public double LfShare { get; init; } = 0.25;

    /// <summary>Real-time mode with <see cref="Start"/> unset: how far back from now the first file lies (backfilled at once). Default 3 h.</summary>
    public TimeSpan RealtimeBackfill { get; init; } = TimeSpan.FromHours(3);

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> for a value the simulator cannot use.</summary>
    public void Validate()
    {
        if (StationsPerType < 0)
            throw new ArgumentException("StationsPerType must not be negative.", nameof(StationsPerType));
        if (Days < 0)
            throw new ArgumentException("Days must not be negative.", nameof(Days));
        if (Interval <= TimeSpan.Zero || TimeSpan.FromDays(1).Ticks % Interval.Ticks != 0 || Interval.Ticks % TimeSpan.TicksPerSecond != 0)
            throw new ArgumentException("Interval must be a whole number of seconds that divides a day.", nameof(Interval));
        var local = Start.ToOffset(TimeSpan.FromHours(7));
        if (Start != default && local.TimeOfDay.Ticks % Interval.Ticks != 0)
            throw new ArgumentException($"Start {local:O} is not aligned to the interval.", nameof(Start));
    }
}
