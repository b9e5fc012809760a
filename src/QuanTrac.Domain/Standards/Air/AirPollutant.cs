namespace QuanTrac.Domain.Standards.Air;

/// <summary>
/// The six pollutants of the air-quality indices. The declaration order is the tie-break order for the main
/// pollutant (air-quality-index.md §9): PM2.5, PM10, O3, NO2, SO2, CO.
/// </summary>
public enum AirPollutant
{
    /// <summary>Fine particulate matter PM2.5.</summary>
    PM25 = 0,
    /// <summary>Particulate matter PM10.</summary>
    PM10 = 1,
    /// <summary>Ozone O3.</summary>
    O3 = 2,
    /// <summary>Nitrogen dioxide NO2.</summary>
    NO2 = 3,
    /// <summary>Sulphur dioxide SO2.</summary>
    SO2 = 4,
    /// <summary>Carbon monoxide CO.</summary>
    CO = 5,
}

/// <summary>Codes of the pollutants as people and files write them (<c>PM2.5</c>, <c>O3</c> …).</summary>
public static class AirPollutants
{
    /// <summary>Number of pollutants (the length of a sub-index span).</summary>
    public const int Count = 6;

    /// <summary>All pollutants in tie-break order.</summary>
    public static readonly IReadOnlyList<AirPollutant> All =
        [AirPollutant.PM25, AirPollutant.PM10, AirPollutant.O3, AirPollutant.NO2, AirPollutant.SO2, AirPollutant.CO];

    /// <summary>The order of the command-line output object: PM2.5, PM10, O3, CO, SO2, NO2.</summary>
    public static readonly IReadOnlyList<AirPollutant> DisplayOrder =
        [AirPollutant.PM25, AirPollutant.PM10, AirPollutant.O3, AirPollutant.CO, AirPollutant.SO2, AirPollutant.NO2];

    static readonly string[] Codes = ["PM2.5", "PM10", "O3", "NO2", "SO2", "CO"];

    /// <summary>The display code: <c>PM2.5</c>, <c>PM10</c>, <c>O3</c>, <c>NO2</c>, <c>SO2</c>, <c>CO</c>.</summary>
    public static string Code(AirPollutant pollutant) => Codes[(int)pollutant];

    /// <summary>
    /// Reads a pollutant code, ignoring case and surrounding blanks; accepts the Circular 10/2021 spelling
    /// <c>PM2,5</c> and <c>PM25</c>. False for anything else.
    /// </summary>
    public static bool TryParse(string? text, out AirPollutant pollutant)
    {
        pollutant = default;
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
            return false;
        if (t.Equals("PM2,5", StringComparison.OrdinalIgnoreCase) || t.Equals("PM25", StringComparison.OrdinalIgnoreCase))
        {
            pollutant = AirPollutant.PM25;
            return true;
        }
        for (var i = 0; i < Codes.Length; i++)
            if (t.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                pollutant = (AirPollutant)i;
                return true;
            }
        return false;
    }

    /// <summary>True for PM2.5 and PM10 (NowCast pollutants; one of them is mandatory for VN_AQI).</summary>
    public static bool IsParticulate(AirPollutant pollutant) => pollutant is AirPollutant.PM25 or AirPollutant.PM10;
}
