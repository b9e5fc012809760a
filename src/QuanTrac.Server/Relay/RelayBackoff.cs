namespace QuanTrac.Server.Relay;

/// <summary>
/// Exponential back-off with a cap and subtractive jitter: attempt n waits base·2^(n−1), at most the cap, less a
/// random fraction up to <c>jitter</c>. Subtracting keeps the cap a true maximum. Thread-safe.
/// </summary>
public sealed class RelayBackoff(TimeSpan baseDelay, TimeSpan cap, double jitter, Random random)
{
    readonly Lock _lock = new();

    /// <summary>The schedule of <paramref name="options"/>, with its seeded random numbers.</summary>
    public RelayBackoff(RelayOptions options) : this(options.BackoffBase, options.BackoffCap, options.Jitter, new Random(options.Seed)) { }

    /// <summary>The wait after the <paramref name="attempt"/>-th failed attempt (1-based).</summary>
    public TimeSpan Delay(int attempt)
    {
        // 2^(n-1) grows past any cap quickly; stop doubling before it overflows.
        var exponent = Math.Clamp(attempt - 1, 0, 40);
        var ticks = Math.Min(cap.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        if (jitter <= 0)
            return TimeSpan.FromTicks((long)ticks);
        double r;
        lock (_lock)
            r = random.NextDouble();
        return TimeSpan.FromTicks((long)(ticks * (1 - (Math.Min(jitter, 1) * r))));
    }
}
