namespace QuanTrac.Domain.Standards.Limits;

/// <summary>The averaging period a limit is stated for (regulatory-limits.md §2).</summary>
public enum AveragingPeriod
{
    /// <summary>No period stated (wastewater, stack gas): the limit applies to any aggregate.</summary>
    None,
    /// <summary>1-hour mean.</summary>
    OneHour,
    /// <summary>8-hour mean.</summary>
    EightHours,
    /// <summary>24-hour mean (the day of hour-ending labels 01:00 … 24:00).</summary>
    TwentyFourHours,
    /// <summary>Annual mean (of the daily values).</summary>
    Year,
}

/// <summary>The short spellings of <see cref="AveragingPeriod"/> used on the command line and in data: <c>1h, 8h, 24h, year, none</c>.</summary>
public static class AveragingPeriods
{
    /// <summary>The short spelling of <paramref name="period"/>.</summary>
    public static string Format(AveragingPeriod period) => period switch
    {
        AveragingPeriod.OneHour => "1h",
        AveragingPeriod.EightHours => "8h",
        AveragingPeriod.TwentyFourHours => "24h",
        AveragingPeriod.Year => "year",
        _ => "none",
    };

    /// <summary>Parses a short spelling (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string text, out AveragingPeriod period)
    {
        foreach (var p in Enum.GetValues<AveragingPeriod>())
            if (string.Equals(Format(p), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                period = p;
                return true;
            }
        period = AveragingPeriod.None;
        return false;
    }
}
