namespace QuanTrac.Domain.Standards.UsAqi;

/// <summary>One row of a US AQI table: concentrations Low … High (inclusive, EPA unit) map to IndexLow … IndexHigh.</summary>
/// <param name="Low">Lowest concentration of the row.</param>
/// <param name="High">Highest concentration of the row.</param>
/// <param name="IndexLow">AQI at <paramref name="Low"/>.</param>
/// <param name="IndexHigh">AQI at <paramref name="High"/>.</param>
public readonly record struct UsAqiRow(decimal Low, decimal High, int IndexLow, int IndexHigh);

/// <summary>
/// US EPA AQI breakpoints, 2024 revision (effective 6 May 2024; air-quality-index.md §16.1). The tables are
/// discrete with gaps (9.0 | 9.1) that the truncation of the input closes. The 2024 change affected PM2.5 only;
/// its Hazardous row is one 301–500 segment 225.5–325.4 (to verify against the current TAD; the 2012 table is kept
/// for history).
/// </summary>
public static class UsAqiBreakpoints
{
    static readonly UsAqiRow[] O3EightHour =
        [new(0.000m, 0.054m, 0, 50), new(0.055m, 0.070m, 51, 100), new(0.071m, 0.085m, 101, 150), new(0.086m, 0.105m, 151, 200), new(0.106m, 0.200m, 201, 300)];
    static readonly UsAqiRow[] O3OneHour =
        [new(0.125m, 0.164m, 101, 150), new(0.165m, 0.204m, 151, 200), new(0.205m, 0.404m, 201, 300), new(0.405m, 0.604m, 301, 500)];
    static readonly UsAqiRow[] PM25 =
        [new(0.0m, 9.0m, 0, 50), new(9.1m, 35.4m, 51, 100), new(35.5m, 55.4m, 101, 150), new(55.5m, 125.4m, 151, 200), new(125.5m, 225.4m, 201, 300), new(225.5m, 325.4m, 301, 500)];
    static readonly UsAqiRow[] PM10 =
        [new(0m, 54m, 0, 50), new(55m, 154m, 51, 100), new(155m, 254m, 101, 150), new(255m, 354m, 151, 200), new(355m, 424m, 201, 300), new(425m, 604m, 301, 500)];
    static readonly UsAqiRow[] CO =
        [new(0.0m, 4.4m, 0, 50), new(4.5m, 9.4m, 51, 100), new(9.5m, 12.4m, 101, 150), new(12.5m, 15.4m, 151, 200), new(15.5m, 30.4m, 201, 300), new(30.5m, 50.4m, 301, 500)];
    static readonly UsAqiRow[] SO2OneHour =
        [new(0m, 35m, 0, 50), new(36m, 75m, 51, 100), new(76m, 185m, 101, 150), new(186m, 304m, 151, 200)];
    static readonly UsAqiRow[] SO2TwentyFourHour =
        [new(305m, 604m, 201, 300), new(605m, 1004m, 301, 500)];
    static readonly UsAqiRow[] NO2 =
        [new(0m, 53m, 0, 50), new(54m, 100m, 51, 100), new(101m, 360m, 101, 150), new(361m, 649m, 151, 200), new(650m, 1249m, 201, 300), new(1250m, 2049m, 301, 500)];

    /// <summary>PM2.5 table of 2012 (superseded on 6 May 2024), for recomputing history.</summary>
    public static readonly IReadOnlyList<UsAqiRow> PM25Of2012 =
        [new(0.0m, 12.0m, 0, 50), new(12.1m, 35.4m, 51, 100), new(35.5m, 55.4m, 101, 150), new(55.5m, 150.4m, 151, 200), new(150.5m, 250.4m, 201, 300), new(250.5m, 350.4m, 301, 400), new(350.5m, 500.4m, 401, 500)];

    /// <summary>The 2024 rows of a column, lowest first.</summary>
    public static IReadOnlyList<UsAqiRow> Rows(UsAqiColumn column) => Column(column);

    internal static UsAqiRow[] Column(UsAqiColumn column) => column switch
    {
        UsAqiColumn.O3EightHour => O3EightHour,
        UsAqiColumn.O3OneHour => O3OneHour,
        UsAqiColumn.PM25 => PM25,
        UsAqiColumn.PM10 => PM10,
        UsAqiColumn.CO => CO,
        UsAqiColumn.SO2OneHour => SO2OneHour,
        UsAqiColumn.SO2TwentyFourHour => SO2TwentyFourHour,
        UsAqiColumn.NO2 => NO2,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    /// <summary>Decimals kept by the truncation of §16.2: O3 3 (ppm), PM2.5 1, PM10 0, CO 1 (ppm), SO2 and NO2 0 (ppb).</summary>
    public static int TruncationDecimals(UsAqiColumn column) => column switch
    {
        UsAqiColumn.O3EightHour or UsAqiColumn.O3OneHour => 3,
        UsAqiColumn.PM25 or UsAqiColumn.CO => 1,
        _ => 0,
    };
}
