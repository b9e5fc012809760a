using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Standards.Limits.AveragingPeriod;
using static QuanTrac.Domain.Standards.Limits.Data.Row;

namespace QuanTrac.Domain.Standards.Limits.Data;

/// <summary>Stack emissions, QCVN 19:2009 (Cmax = C × Kp × Kv) and QCVN 19:2024 (zones, reference O2), mg/Nm³ (regulatory-limits.md §6).</summary>
static class Qcvn19
{
    const string U = Units.MilligramPerNormalCubicMetre;
    static readonly DateOnly From2009 = D(2010, 1, 16);
    static readonly DateOnly ColumnAEnd = D(2015, 1, 1);
    static readonly DateOnly TransitionEnd = D(2032, 1, 1);

    public static Regulation V2009 { get; } = new("QCVN19:2009", "QCVN19", "QCVN 19:2009/BTNMT", "TT 25/2009/TT-BTNMT",
        From2009, StationType.StackEmission, Multipliers.KpKv, ["A", "B"], Rows2009(), true,
        "Cmax = C × Kp × Kv; không hiệu chỉnh O2. Cột A chỉ đến 31/12/2014. Ngày hiệu lực 16/01/2010 cần đối chiếu. Các dòng khác bụi, SO2, NOx, CO chưa kiểm chứng. Cơ sở cũ áp dụng đến hết 31/12/2031.",
        "Cmax = C × Kp × Kv; no O2 normalisation. Column A only until 2014-12-31. In-force date 2010-01-16 to verify. Rows other than dust, SO2, NOx, CO unverified. Existing facilities apply it until 2031-12-31.");

    public static Regulation V2024 { get; } = new("QCVN19:2024", "QCVN19", "QCVN 19:2024/BTNMT", "TT 45/2024/TT-BTNMT",
        D(2025, 7, 1), StationType.StackEmission, Multipliers.None, ["A", "B", "C"], Rows2024(), false,
        "Giới hạn theo loại nguồn và vùng A/B/C, hiệu chỉnh về O2 tham chiếu; không có Kp, Kv. Giá trị từ nguồn thứ cấp, chưa kiểm chứng.",
        "Limits per source category and zone A/B/C, corrected to a reference O2; no Kp, Kv. Values from secondary sources, unverified.");

    static List<LimitRow> Rows2009()
    {
        var rows = new List<LimitRow>();
        void M(string p, decimal a, decimal b, bool sure = false)
        {
            rows.Add(Max(p, "A", None, a, U, From2009, ColumnAEnd, Confidence.Medium, sure, "Table 1; column A until 2014-12-31"));
            rows.Add(Max(p, "B", None, b, U, From2009, TransitionEnd, Confidence.Medium, sure, "Table 1"));
        }
        M("PM", 400, 200, sure: true); M("NH3", 76, 50); M("Sb", 20, 10); M("As", 20, 10); M("Cd", 20, 5); M("Pb", 10, 5);
        M("CO", 1000, 1000, sure: true); M("Cl2", 32, 10); M("Cu", 20, 10); M("Zn", 30, 30); M("HCl", 200, 50); M("HF", 50, 20);
        M("H2S", 7.5m, 7.5m); M("SO2", 1500, 500, sure: true); M("NOx", 1000, 850, sure: true); M("SO3", 100, 50);
        return rows;
    }

    static List<LimitRow> Rows2024()
    {
        var from = D(2025, 7, 1);
        var rows = new List<LimitRow>();
        void Z(string category, decimal o2, string p, decimal a, decimal b, decimal c, Confidence conf)
        {
            foreach (var (col, v) in new[] { ("A", a), ("B", b), ("C", c) })
                rows.Add(Max(p, col, None, v, U, from, null, conf, false, "secondary source, unverified")
                    with { Category = category, ReferenceOxygen = o2 });
        }
        // Gas engines and turbines (category 2.4), 15 % O2 [M].
        foreach (var (band, so2, nox) in new[] { ("GT>1200MW", (50m, 60m, 70m), (50m, 70m, 90m)),
                                                 ("GT300-1200MW", (50m, 70m, 80m), (50m, 90m, 110m)),
                                                 ("GT<=300MW", (50m, 80m, 90m), (70m, 120m, 150m)) })
        {
            Z(band, 15, "SO2", so2.Item1, so2.Item2, so2.Item3, Confidence.Medium);
            Z(band, 15, "NOx", nox.Item1, nox.Item2, nox.Item3, Confidence.Medium);
            Z(band, 15, "PM", 15, 15, 20, Confidence.Medium);
        }
        // Boilers [L]; the reference O2 of boilers is not known yet, so it stays null (no correction applied).
        foreach (var (band, a, b, c) in new[] { ("Boiler<20t/h", 40m, 50m, 60m), ("Boiler>=20t/h", 30m, 40m, 50m) })
        {
            foreach (var (col, v) in new[] { ("A", a), ("B", b), ("C", c) })
                rows.Add(Max("PM", col, None, v, U, from, null, Confidence.Low, false, "secondary source, unverified") with { Category = band });
            foreach (var (p, va, vb, vc) in new[] { ("SO2", 130m, 200m, 250m), ("NOx", 150m, 250m, 350m), ("CO", 200m, 300m, 350m) })
                foreach (var (col, v) in new[] { ("A", va), ("B", vb), ("C", vc) })
                    rows.Add(Max(p, col, None, v, U, from, null, Confidence.Low, false, "secondary source, unverified") with { Category = band });
        }
        return rows;
    }
}
