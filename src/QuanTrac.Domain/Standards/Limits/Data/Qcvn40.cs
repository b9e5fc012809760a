using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Standards.Limits.AveragingPeriod;
using static QuanTrac.Domain.Standards.Limits.Data.Row;

namespace QuanTrac.Domain.Standards.Limits.Data;

/// <summary>Industrial wastewater, QCVN 40:2011 (Cmax = C × Kq × Kf) and the place for QCVN 40:2025 (regulatory-limits.md §5).</summary>
static class Qcvn40
{
    const string MgL = Units.MilligramPerLitre;
    static readonly DateOnly From2011 = D(2012, 2, 15);
    // Facilities approved before QCVN 40:2025 keep QCVN 40:2011 until 31/12/2031 ([M]); the station assignment decides.
    static readonly DateOnly TransitionEnd = D(2032, 1, 1);

    public static Regulation V2011 { get; } = new("QCVN40:2011", "QCVN40", "QCVN 40:2011/BTNMT", "TT 47/2011/TT-BTNMT",
        From2011, StationType.IndustrialWastewater, Multipliers.KqKf, ["A", "B"], Rows2011(), true,
        "Cmax = C × Kq × Kf, trừ nhiệt độ, độ màu, pH, coliform, tổng hoạt độ phóng xạ α và β. Cơ sở đã được phê duyệt trước 01/09/2025 áp dụng đến hết 31/12/2031.",
        "Cmax = C × Kq × Kf, except temperature, colour, pH, coliform, gross α and gross β. Facilities approved before 2025-09-01 apply it until 2031-12-31.");

    public static Regulation V2025 { get; } = new("QCVN40:2025", "QCVN40", "QCVN 40:2025/BTNMT", "TT 06/2025/TT-BTNMT",
        D(2025, 9, 1), StationType.IndustrialWastewater, Multipliers.None, ["A", "B", "C"], [], false,
        "Chưa có bảng giá trị chính thức: vùng tiếp nhận A/B/C (theo dự thảo 2021) và giới hạn BOD/COD/TSS theo dải lưu lượng xả cần đối chiếu văn bản gốc. Không có hệ số Kq, Kf.",
        "Official tables not yet available: receiving zones A/B/C (2021 draft) and BOD/COD/TSS limits per discharge-flow band are to be verified. No Kq, Kf multipliers.");

    static List<LimitRow> Rows2011()
    {
        var rows = new List<LimitRow>();
        void M(string p, decimal a, decimal b, string unit = MgL, bool exempt = false)
        {
            rows.Add(Max(p, "A", None, a, unit, From2011, TransitionEnd, note: "Table 1") with { MultiplierExempt = exempt });
            rows.Add(Max(p, "B", None, b, unit, From2011, TransitionEnd, note: "Table 1") with { MultiplierExempt = exempt });
        }
        M("Temp", 40, 40, Units.DegreeCelsius, exempt: true);
        M("Color", 50, 150, "Pt-Co", exempt: true);
        rows.Add(Range("pH", "A", None, 6, 9, "", From2011, TransitionEnd, note: "Table 1") with { MultiplierExempt = true });
        rows.Add(Range("pH", "B", None, 5.5m, 9, "", From2011, TransitionEnd, note: "Table 1") with { MultiplierExempt = true });
        M("BOD5", 30, 50); M("COD", 75, 150); M("TSS", 50, 100);
        M("As", 0.05m, 0.1m); M("Hg", 0.005m, 0.01m); M("Pb", 0.1m, 0.5m); M("Cd", 0.05m, 0.1m);
        M("Cr6", 0.05m, 0.1m); M("Cr3", 0.2m, 1); M("Cu", 2, 2); M("Zn", 3, 3); M("Ni", 0.2m, 0.5m);
        M("Mn", 0.5m, 1); M("Fe", 1, 5); M("CN", 0.07m, 0.1m); M("Phenol", 0.1m, 0.5m); M("Oil", 5, 10);
        M("Sulfide", 0.2m, 0.5m); M("F", 5, 10); M("NH4", 5, 10); M("TN", 20, 40); M("TP", 4, 6);
        M("Chloride", 500, 1000); M("Cl", 1, 2);
        M("Coliform", 3000, 5000, "MPN/100 mL", exempt: true);
        M("GrossAlpha", 0.1m, 0.1m, "Bq/L", exempt: true);
        M("GrossBeta", 1.0m, 1.0m, "Bq/L", exempt: true);
        return rows;
    }
}
