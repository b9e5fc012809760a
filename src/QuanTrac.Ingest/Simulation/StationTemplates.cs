using QuanTrac.Domain.Stations;

namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// The lines each kind of simulated station writes (spec §11), with the spellings real loggers use. The
/// variant number picks aliases so that a set of stations shows the spread of names a receiver must map;
/// it depends only on the station's number, never on the seed, so the registry is stable.
/// </summary>
static class StationTemplates
{
    public static IReadOnlyList<ChannelSpec> Channels(StationType type, int variant) => type switch
    {
        StationType.AmbientAir => Air(variant),
        StationType.SurfaceWater => Surface(variant),
        StationType.IndustrialWastewater => Wastewater(variant),
        StationType.StackEmission => Stack(variant),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    static string Pick(int variant, params string[] spellings) => spellings[variant % spellings.Length];

    static ChannelSpec[] Air(int v) =>
    [
        new("SO2", "ug/m3", "SO2"),
        new("NO2", "ug/m3", "NO2"),
        new("CO", "ug/m3", "CO"),
        new("O3", "ug/m3", "O3"),
        new("PM10", "ug/m3", "PM10"),
        new(Pick(v, "PM2.5", "PM2,5", "PM2.5"), Pick(v, "ug/m3", "µg/m3"), "PM2.5"),
        new(Pick(v, "Temp", "Nhiệtđộ", "Nhiệt độ"), Pick(v, "oC", "°C"), "Temp"),
        new(Pick(v, "RH", "Độ ẩm", "Humidity"), "%", "RH"),
        new(Pick(v, "WindSpeed", "WS"), "m/s", "WindSpeed"),
        new(Pick(v, "WindDir", "WD", "Hướng gió"), "Degree", "WindDir"),
    ];

    static ChannelSpec[] Surface(int v) =>
    [
        new(Pick(v, "Temp", "Nhiệtđộ"), "oC", "Temp"),
        new("pH", "", "pH"),
        new("DO", Pick(v, "mg/L", "mg/l"), "DO"),
        new("TSS", Pick(v, "mg/L", "mg/l"), "TSS"),
        new("COD", Pick(v, "mg/L", "mg/l"), "COD"),
        new(Pick(v, "COND", "EC"), "uS/cm", "COND"),
        new(Pick(v, "TURB", "Turbidity"), "NTU", "TURB"),
        new(Pick(v, "NH4", "Amoni", "N-NH4"), Pick(v, "mg/L", "mg/l"), "NH4"),
    ];

    static ChannelSpec[] Wastewater(int v)
    {
        List<ChannelSpec> channels =
        [
            new(Pick(v, "Flow_In", "Flowin"), "m3/h", "Flow_In"),
            new(Pick(v, "Flow_Out", "Flowout"), "m3/h", "Flow_Out"),
            new(Pick(v, "Temp", "Nhiệtđộ", "Temp"), Pick(v, "oC", "oC", "°C"), "Temp"),
            new("pH", "", "pH"),
            new("TSS", "mg/L", "TSS"),
            new("COD", "mg/L", "COD"),
            new(Pick(v, "NH4", "Amoni", "NH4+"), "mg/L", "NH4"),
        ];
        // Some permits add total phosphorus and nitrogen (spec §11.1, "extras required by permit").
        if (v % 3 == 2)
            channels.AddRange([new("TP", "mg/L", "TP"), new("TN", "mg/L", "TN")]);
        return [.. channels];
    }

    static ChannelSpec[] Stack(int v) =>
    [
        new(Pick(v, "Flow", "Lưu lượng"), "m3/h", "Flow"),
        new(Pick(v, "Temp", "Nhiệt độ", "Nhiệtđộ"), "oC", "Temp"),
        new(Pick(v, "P", "Áp suất", "Pressure"), "kPa", "P"),
        new(Pick(v, "PM", "Bụi", "Dust"), "mg/Nm3", "PM"),
        new("O2", "%", "O2"),
        new("SO2", "mg/Nm3", "SO2"),
        new("NOx", "mg/Nm3", "NOx"),
        new("CO", "mg/Nm3", "CO"),
    ];
}
