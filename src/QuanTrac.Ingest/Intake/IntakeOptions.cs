namespace QuanTrac.Ingest.Intake;

/// <summary>Settings of the intake pipeline. Defaults suit one laptop up to a province.</summary>
public sealed record IntakeOptions
{
    /// <summary>Files committed in one transaction at most (default 500). Larger batches amortise the commit.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Longest time a received file waits for its batch to fill before it is committed (default 200 ms).</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Batches committed at once, each by its own writer with its own share of the stations (default: what the store
    /// says it can take, <see cref="Storage.IQuanTracStore.ConcurrentCommits"/>). A station's files keep their order.
    /// </summary>
    public int? Writers { get; init; }

    /// <summary>Files waiting to be written at most; producers wait when it is full (default 5,000).</summary>
    public int Capacity { get; init; } = 5_000;

    /// <summary>Register unknown prefixes from their raw parameter names instead of quarantining their files (default off).</summary>
    public bool AutoRegister { get; init; }

    /// <summary>Parse every file in strict mode (default tolerant: read what can be read, warn about the rest).</summary>
    public bool Strict { get; init; }

    /// <summary>Files larger than this are kept in the archive but rejected (default 16 MiB; a 5-minute file holds a few hundred bytes).</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Grace added to the legal 5 minutes before a record counts as late (default 60 s).</summary>
    public TimeSpan ClockSkewGrace { get; init; } = TimeSpan.FromSeconds(60);
}
