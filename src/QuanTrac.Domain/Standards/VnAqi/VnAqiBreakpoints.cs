namespace QuanTrac.Domain.Standards.VnAqi;

/// <summary>
/// Table 2 of Decision 1459/QĐ-TCMT (air-quality-index.md §3, LAW): breakpoint concentrations BP_i in µg/m³
/// against index values I_i. The table is continuous (the upper breakpoint of a segment is the lower one of the
/// next). Known wrong ports use NO2 2340/3000/3750 and SO2 500/650/800/1060/1340; these are the decision's values.
/// </summary>
public static class VnAqiBreakpoints
{
    /// <summary>I_1 … I_8: the index value of each row.</summary>
    public static readonly IReadOnlyList<decimal> Index = [0m, 50m, 100m, 150m, 200m, 300m, 400m, 500m];

    // Rows i = 1 … 8; the O3 8-h column stops at row 6 (400 µg/m³ → 300): above it the 8-h sub-index is not computed.
    static readonly decimal[] O3OneHour = [0m, 160m, 200m, 300m, 400m, 800m, 1000m, 1200m];
    static readonly decimal[] O3EightHour = [0m, 100m, 120m, 170m, 210m, 400m];
    static readonly decimal[] CO = [0m, 10000m, 30000m, 45000m, 60000m, 90000m, 120000m, 150000m];
    static readonly decimal[] SO2 = [0m, 125m, 350m, 550m, 800m, 1600m, 2100m, 2630m];
    static readonly decimal[] NO2 = [0m, 100m, 200m, 700m, 1200m, 2350m, 3100m, 3850m];
    static readonly decimal[] PM10 = [0m, 50m, 150m, 250m, 350m, 420m, 500m, 600m];
    static readonly decimal[] PM25 = [0m, 25m, 50m, 80m, 150m, 250m, 350m, 500m];

    /// <summary>The breakpoint concentrations of a column, row 1 first.</summary>
    public static IReadOnlyList<decimal> Concentrations(VnAqiColumn column) => Column(column);

    internal static decimal[] Column(VnAqiColumn column) => column switch
    {
        VnAqiColumn.O3OneHour => O3OneHour,
        VnAqiColumn.O3EightHour => O3EightHour,
        VnAqiColumn.CO => CO,
        VnAqiColumn.SO2 => SO2,
        VnAqiColumn.NO2 => NO2,
        VnAqiColumn.PM10 => PM10,
        VnAqiColumn.PM25 => PM25,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };
}
