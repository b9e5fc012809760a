using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Standards.Limits.AveragingPeriod;
using static QuanTrac.Domain.Standards.Limits.Data.Row;

namespace QuanTrac.Domain.Standards.Limits.Data;

/// <summary>Ambient air, QCVN 05:2013 and QCVN 05:2023 (regulatory-limits.md §3), µg/m³ at 25 °C and 760 mmHg.</summary>
static class Qcvn05
{
    const string U = Units.MicrogramPerCubicMetre;
    static readonly DateOnly From2023 = D(2023, 9, 12);
    static readonly DateOnly From2013 = D(2014, 1, 1);

    public static Regulation V2023 { get; } = new("QCVN05:2023", "QCVN05", "QCVN 05:2023/BTNMT", "TT 01/2023/TT-BTNMT",
        From2023, StationType.AmbientAir, Multipliers.None, [], Rows2023(), true,
        "Bảng 1 (thông số cơ bản) và một phần Bảng 2 (chất độc hại) có mã trong danh mục. PM2.5 24 giờ: 50, từ 01/01/2026 là 45.",
        "Table 1 (basic parameters) and the part of Table 2 (toxic substances) with catalogue codes. PM2.5 24-h: 50, 45 from 2026-01-01.");

    public static Regulation V2013 { get; } = new("QCVN05:2013", "QCVN05", "QCVN 05:2013/BTNMT", "TT 32/2013/TT-BTNMT",
        From2013, StationType.AmbientAir, Multipliers.None, [], Rows2013(), true,
        "Ngày hiệu lực 01/01/2014 cần đối chiếu văn bản gốc; hết hiệu lực khi QCVN 05:2023 có hiệu lực (12/09/2023).",
        "In-force date 2014-01-01 to verify against the official text; ends when QCVN 05:2023 comes into force (2023-09-12).");

    static List<LimitRow> Rows2023()
    {
        LimitRow M(string p, AveragingPeriod t, decimal v, string note = "Table 1") => Max(p, "", t, v, U, From2023, null, note: note);
        return
        [
            M("SO2", OneHour, 350), M("SO2", TwentyFourHours, 125), M("SO2", Year, 50),
            M("CO", OneHour, 30000), M("CO", EightHours, 10000),
            M("NO2", OneHour, 200), M("NO2", TwentyFourHours, 100), M("NO2", Year, 40),
            M("O3", OneHour, 200), M("O3", EightHours, 120),
            M("TSP", OneHour, 300), M("TSP", TwentyFourHours, 200), M("TSP", Year, 100),
            M("PM10", TwentyFourHours, 100), M("PM10", Year, 50),
            Max("PM2.5", "", TwentyFourHours, 50, U, From2023, D(2026, 1, 1), note: "Table 1; 45 from 2026-01-01"),
            Max("PM2.5", "", TwentyFourHours, 45, U, D(2026, 1, 1), null, note: "Table 1, from 2026-01-01"),
            M("PM2.5", Year, 25),
            // Table 2, the substances that have a catalogue code.
            M("Pb", TwentyFourHours, 1.5m, "Table 2"), M("Hg", TwentyFourHours, 0.3m, "Table 2"),
            M("NH3", OneHour, 200, "Table 2"), M("H2S", OneHour, 42, "Table 2"),
            M("Benzene", OneHour, 22, "Table 2"), M("Toluene", OneHour, 500, "Table 2"),
        ];
    }

    static List<LimitRow> Rows2013()
    {
        var to = From2023;
        LimitRow M(string p, AveragingPeriod t, decimal v) => Max(p, "", t, v, U, From2013, to, note: "Table 1");
        return
        [
            M("SO2", OneHour, 350), M("SO2", TwentyFourHours, 125), M("SO2", Year, 50),
            M("CO", OneHour, 30000), M("CO", EightHours, 10000),
            M("NO2", OneHour, 200), M("NO2", TwentyFourHours, 100), M("NO2", Year, 40),
            M("O3", OneHour, 200), M("O3", EightHours, 120),
            M("TSP", OneHour, 300), M("TSP", TwentyFourHours, 200), M("TSP", Year, 100),
            M("PM10", TwentyFourHours, 150), M("PM10", Year, 50),
            M("PM2.5", TwentyFourHours, 50), M("PM2.5", Year, 25),
            M("Pb", TwentyFourHours, 1.5m), M("Pb", Year, 0.5m),
        ];
    }
}
