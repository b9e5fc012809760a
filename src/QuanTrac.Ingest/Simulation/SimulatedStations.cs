using System.Globalization;
using QuanTrac.Domain.Stations;
using QuanTrac.Ingest.StationFiles;

namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// The stations of a simulation, as registry entries. Station <c>k</c> (0-based) of a type always gets the same
/// prefix, names, position and mappings, whatever the seed or the number of stations, so a registry built for
/// 10 stations per type contains the one built for 5.
/// </summary>
public static class SimulatedStations
{
    // Real province codes (2–3 letters as on file names) with a point well inside the province.
    static readonly (string Code, string Vi, string En, double Lat, double Lon)[] Provinces =
    [
        ("HN", "Hà Nội", "Hanoi", 21.028, 105.834),
        ("HCM", "TP. Hồ Chí Minh", "Ho Chi Minh City", 10.800, 106.650),
        ("BN", "Bắc Ninh", "Bac Ninh", 21.150, 106.060),
        ("QN", "Quảng Ninh", "Quang Ninh", 21.050, 106.850),
        ("TB", "Thái Bình", "Thai Binh", 20.450, 106.340),
        ("DN", "Đà Nẵng", "Da Nang", 16.030, 108.150),
        ("HP", "Hải Phòng", "Hai Phong", 20.850, 106.650),
        ("CT", "Cần Thơ", "Can Tho", 10.030, 105.750),
        ("BD", "Bình Dương", "Binh Duong", 11.050, 106.650),
        ("DNA", "Đồng Nai", "Dong Nai", 10.950, 106.850),
    ];

    static readonly StationType[] Types =
        [StationType.AmbientAir, StationType.SurfaceWater, StationType.IndustrialWastewater, StationType.StackEmission];

    /// <summary>The 4 × <see cref="SimulationOptions.StationsPerType"/> stations of a simulation, grouped by type.</summary>
    public static IReadOnlyList<Station> Build(SimulationOptions options) => Build(options.StationsPerType);

    /// <summary>The 4 × <paramref name="stationsPerType"/> stations, grouped by type (ambient air, surface water, wastewater, stack).</summary>
    public static IReadOnlyList<Station> Build(int stationsPerType) =>
        [.. Profiles(stationsPerType, lfShare: 0).Select(p => p.Station)];

    /// <summary>The stations with their logger behaviour; <paramref name="lfShare"/> of them write LF line endings.</summary>
    internal static IReadOnlyList<SimulatedStation> Profiles(int stationsPerType, double lfShare)
    {
        var list = new List<SimulatedStation>(stationsPerType * Types.Length);
        foreach (var type in Types)
            for (var k = 0; k < stationsPerType; k++)
                list.Add(Profile(type, k, lfShare));
        return list;
    }

    static SimulatedStation Profile(StationType type, int k, double lfShare)
    {
        var number = k * Types.Length + (int)type;
        var facility = "F" + (number + 1).ToString("D3", CultureInfo.InvariantCulture);
        var code = (type is StationType.AmbientAir or StationType.StackEmission ? "KHI" : "NUO")
            + (k + 1).ToString("D3", CultureInfo.InvariantCulture);
        var prefix = $"SIM_{facility}_{code}";
        var province = Provinces[number % Provinces.Length];
        // Jitter of at most ±0.04° (≈ 4 km) around the province point keeps every station on land.
        var position = new GeoPoint(
            Math.Round(province.Lat + Jitter(number, 1), 5),
            Math.Round(province.Lon + Jitter(number, 2), 5));
        var channels = StationTemplates.Channels(type, k);
        var (vi, en) = Names(type, province.Vi, province.En, facility, k + 1);
        var station = new Station(prefix, vi, en, type, province.Code, facility, position, Station.DefaultInterval,
            [.. channels.Select(c => new ParameterMapping(c.RawName, c.Code))]);
        // Golden-ratio spreading gives an even, seed-independent share of LF stations.
        var lf = Fraction(number * 0.6180339887498949) < lfShare;
        // Rotate the layouts over types and numbers so every layout occurs among a handful of stations.
        var layout = (FolderLayout)((k + (int)type) % 4);
        return new SimulatedStation(number, station, channels, layout, lf ? "\n" : StationFileWriter.Crlf, k % 2 == 1);
    }

    static (string Vi, string En) Names(StationType type, string provinceVi, string provinceEn, string facility, int n) => type switch
    {
        StationType.AmbientAir => ($"Trạm quan trắc không khí tự động {provinceVi} số {n}", $"{provinceEn} automatic ambient air station {n}"),
        StationType.SurfaceWater => ($"Trạm quan trắc nước mặt tự động {provinceVi} số {n}", $"{provinceEn} automatic surface water station {n}"),
        StationType.IndustrialWastewater => ($"Nhà máy mô phỏng {facility} – nước thải sau xử lý", $"Simulated factory {facility} – treated wastewater"),
        _ => ($"Nhà máy mô phỏng {facility} – khí thải ống khói", $"Simulated plant {facility} – stack emissions (CEMS)"),
    };

    static double Jitter(int number, int axis) => (Fraction((number + 1) * (axis == 1 ? 0.7548776662 : 0.5698402910)) - 0.5) * 0.08;

    static double Fraction(double x) => x - Math.Floor(x);
}
