namespace QuanTrac.Domain.Standards.UsAqi;

/// <summary>The breakpoint columns of the US EPA AQI (40 CFR 58 App. G), each in its EPA unit.</summary>
public enum UsAqiColumn
{
    /// <summary>O3 8-hour, ppm (indexed up to 0.200 ppm).</summary>
    O3EightHour,
    /// <summary>O3 1-hour, ppm (indexed from 0.125 ppm).</summary>
    O3OneHour,
    /// <summary>PM2.5 24-hour (or NowCast), µg/m³.</summary>
    PM25,
    /// <summary>PM10 24-hour (or NowCast), µg/m³.</summary>
    PM10,
    /// <summary>CO 8-hour, ppm.</summary>
    CO,
    /// <summary>SO2 1-hour, ppb (indexed up to 304 ppb).</summary>
    SO2OneHour,
    /// <summary>SO2 24-hour, ppb (only rows 201–500, from 305 ppb).</summary>
    SO2TwentyFourHour,
    /// <summary>NO2 1-hour, ppb.</summary>
    NO2,
}
