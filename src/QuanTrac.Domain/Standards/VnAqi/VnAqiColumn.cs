namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>The concentration columns of Table 2 of Decision 1459/QĐ-TCMT (all in µg/m³).</summary>
public enum VnAqiColumn
{
    /// <summary>O3 1-hour mean: hourly O3, and the 1-h part of daily O3.</summary>
    O3OneHour,
    /// <summary>O3 8-hour mean: only for the daily AQI; defined up to 400 µg/m³ (index 300).</summary>
    O3EightHour,
    /// <summary>CO (µg/m³, not mg/m³).</summary>
    CO,
    /// <summary>SO2.</summary>
    SO2,
    /// <summary>NO2.</summary>
    NO2,
    /// <summary>PM10 (NowCast hourly, 24-h mean daily).</summary>
    PM10,
    /// <summary>PM2.5 (NowCast hourly, 24-h mean daily).</summary>
    PM25,
}
