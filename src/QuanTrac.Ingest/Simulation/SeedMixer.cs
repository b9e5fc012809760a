namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// Derives independent, reproducible seeds for <see cref="Random"/> from the simulation seed, a station number
/// and a stream number. <see cref="HashCode"/> is randomised per process and cannot be used; SplitMix64 is
/// stable everywhere, and seeding per station makes output independent of generation order and threads.
/// </summary>
static class SeedMixer
{
    /// <summary>Stream of a station's values (levels, noise, episodes).</summary>
    public const int Values = 0;
    /// <summary>Stream of a station's data-quality events (calibrations, errors, gaps, late files, resends).</summary>
    public const int Events = 1;

    public static int Derive(int seed, int station, int stream)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)station << 8) ^ (uint)stream);
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (int)(x & int.MaxValue);
    }

    /// <summary>A standard normal draw (Box–Muller); always consumes two numbers so streams stay aligned.</summary>
    public static double NextGaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
