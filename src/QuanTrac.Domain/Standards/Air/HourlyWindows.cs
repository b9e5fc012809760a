namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// Means and maxima over windows of an hourly grid with a completeness threshold (percent, "at least"),
/// shared by the daily VN_AQI and US AQI. Missing, off-grid and negative hourly means are absent.
/// </summary>
internal static class HourlyWindows
{
    public static bool Complete(int count, int expected, decimal thresholdPercent) =>
        count > 0 && Math.Min(100m, count * 100m / expected) >= thresholdPercent;

    public static decimal? Get(decimal?[] values, int k) =>
        (uint)k < (uint)values.Length && values[k] is { } x && x >= 0m ? x : null;

    /// <summary>Mean of the hours first … first + length − 1, with the count of present hours.</summary>
    public static (decimal? Mean, int Count) Mean(decimal?[]? values, int first, int length, decimal thresholdPercent)
    {
        if (values is null)
            return (null, 0);
        int count = 0;
        decimal sum = 0m;
        for (var k = first; k < first + length; k++)
            if (Get(values, k) is { } x)
            {
                count++;
                sum += x;
            }
        return (Complete(count, length, thresholdPercent) ? sum / count : null, count);
    }

    /// <summary>Largest hourly mean of the window and how many hours were present.</summary>
    public static (decimal? Max, int Count) Max(decimal?[]? values, int first, int length)
    {
        if (values is null)
            return (null, 0);
        int count = 0;
        decimal? max = null;
        for (var k = first; k < first + length; k++)
            if (Get(values, k) is { } x)
            {
                count++;
                max = max is null || x > max ? x : max;
            }
        return (max, count);
    }

    /// <summary>
    /// Largest of the rolling means (each over <paramref name="hours"/> hours ending at its label, valid at
    /// <paramref name="rollingThreshold"/>) labelled first … first + length − 1, and how many of them were valid.
    /// </summary>
    public static (decimal? Max, int Count) MaxRolling(decimal?[]? values, int first, int length, int hours, decimal rollingThreshold)
    {
        if (values is null)
            return (null, 0);
        int count = 0;
        decimal? max = null;
        for (var k = first; k < first + length; k++)
        {
            if (Mean(values, k - hours + 1, hours, rollingThreshold).Mean is not { } mean)
                continue;
            count++;
            max = max is null || mean > max ? mean : max;
        }
        return (max, count);
    }
}
