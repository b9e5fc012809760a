using QuanTrac.Domain.Parameters;
using QuanTrac.Domain.Stations;
using static QuanTrac.Domain.Standards.Limits.AveragingPeriod;
using static QuanTrac.Domain.Standards.Limits.Data.Row;

namespace QuanTrac.Domain.Standards.Limits.Data;

/// <summary>Surface water, QCVN 08-MT:2015 and QCVN 08:2023 (regulatory-limits.md §4), mg/L unless noted.</summary>
static class Qcvn08
{
    const string MgL = Units.MilligramPerLitre;
    const string UgL = Units.MicrogramPerLitre;
    const string Per100 = "MPN/100 mL";
    static readonly DateOnly From2023 = D(2023, 9, 12);
    static readonly DateOnly From2015 = D(2016, 3, 1);

    public static Regulation V2023 { get; } = new("QCVN08:2023", "QCVN08", "QCVN 08:2023/BTNMT", "TT 01/2023/TT-BTNMT",
        From2023, StationType.SurfaceWater, Multipliers.None, ["A", "B", "C"], Rows2023(), false,
        "Bảng 1 (sức khỏe, mọi mức) và Bảng 2 (sông, suối; mức A, B, C). Mức D là vượt mức C nên không có giới hạn riêng. Bảng 2 dựng lại, các ô '?' chưa kiểm chứng; Bảng 3 (hồ) chưa có.",
        "Table 1 (health, every level) and Table 2 (rivers; levels A, B, C). Level D is beyond C, so it has no limit of its own. Table 2 is a reconstruction with '?' cells unverified; Table 3 (lakes) is not included.");

    public static Regulation V2015 { get; } = new("QCVN08-MT:2015", "QCVN08", "QCVN 08-MT:2015/BTNMT", "TT 65/2015/TT-BTNMT",
        From2015, StationType.SurfaceWater, Multipliers.None, ["A1", "A2", "B1", "B2"], Rows2015(), true,
        "Cột A1, A2, B1, B2 theo mục đích sử dụng; hết hiệu lực khi QCVN 08:2023 có hiệu lực (12/09/2023).",
        "Use-based columns A1, A2, B1, B2; ends when QCVN 08:2023 comes into force (2023-09-12).")
    {
        Aliases = ["QCVN08:2015"],
    };

    static List<LimitRow> Rows2023()
    {
        LimitRow T1(string p, decimal v, string unit = MgL) => Max(p, "", None, v, unit, From2023, null, note: "Table 1");
        var rows = new List<LimitRow>
        {
            T1("NO2-N", 0.05m), T1("NH4", 0.3m), T1("Chloride", 250), T1("F", 1), T1("CN", 0.01m), T1("As", 0.01m),
            T1("Cd", 0.005m), T1("Pb", 0.02m), T1("Cr6", 0.01m), T1("Cu", 0.1m), T1("Zn", 0.5m), T1("Ni", 0.1m),
            T1("Mn", 0.1m), T1("Hg", 0.001m), T1("Fe", 0.5m), T1("Phenol", 0.005m), T1("Oil", 5.0m),
            T1("Aldrin", 0.1m, UgL), T1("BHC", 0.02m, UgL), T1("Dieldrin", 0.1m, UgL), T1("DDTs", 1.0m, UgL), T1("Heptachlor", 0.2m, UgL),
        };
        // Table 2 (rivers, streams, canals): (A, B, C); null = no numeric limit at that level; a '?' cell is unverified.
        void T2(string p, string unit, BoundKind kind, (decimal? A, bool Sure)[] levels)
        {
            string[] cols = ["A", "B", "C"];
            for (var i = 0; i < 3; i++)
                if (levels[i].A is { } v)
                    rows.Add(kind == BoundKind.Minimum
                        ? Min(p, cols[i], None, v, unit, From2023, null, Confidence.Medium, levels[i].Sure, "Table 2")
                        : Max(p, cols[i], None, v, unit, From2023, null, Confidence.Medium, levels[i].Sure, "Table 2"));
        }
        rows.Add(Range("pH", "A", None, 6.5m, 8.5m, "", From2023, null, Confidence.Medium, note: "Table 2"));
        rows.Add(Range("pH", "B", None, 6.0m, 8.5m, "", From2023, null, Confidence.Medium, note: "Table 2"));
        rows.Add(Range("pH", "C", None, 6.0m, 8.5m, "", From2023, null, Confidence.Medium, note: "Table 2"));
        T2("BOD5", MgL, BoundKind.Maximum, [(4, true), (6, true), (10, true)]);
        T2("COD", MgL, BoundKind.Maximum, [(10, true), (15, true), (20, true)]);
        T2("TOC", MgL, BoundKind.Maximum, [(4, true), (6, true), (8, false)]);
        T2("TSS", MgL, BoundKind.Maximum, [(25, true), (100, false), (null, false)]);
        T2("DO", MgL, BoundKind.Minimum, [(6.0m, false), (5.0m, true), (4.0m, true)]);
        T2("TP", MgL, BoundKind.Maximum, [(0.1m, true), (0.3m, true), (0.5m, true)]);
        T2("TN", MgL, BoundKind.Maximum, [(0.6m, true), (1.5m, true), (2.0m, true)]);
        T2("Coliform", Per100, BoundKind.Maximum, [(1000, true), (5000, true), (7500, true)]);
        T2("ThermoColiform", Per100, BoundKind.Maximum, [(200, true), (1000, true), (1500, true)]);
        return rows;
    }

    static List<LimitRow> Rows2015()
    {
        var to = From2023;
        string[] cols = ["A1", "A2", "B1", "B2"];
        var rows = new List<LimitRow>();
        void M(string p, string unit, params decimal[] v)
        {
            for (var i = 0; i < 4; i++)
                rows.Add(Max(p, cols[i], None, v[i], unit, From2015, to));
        }
        for (var i = 0; i < 4; i++)
        {
            rows.Add(i < 2 ? Range("pH", cols[i], None, 6, 8.5m, "", From2015, to) : Range("pH", cols[i], None, 5.5m, 9, "", From2015, to));
            rows.Add(Min("DO", cols[i], None, new[] { 6m, 5m, 4m, 2m }[i], MgL, From2015, to));
        }
        M("BOD5", MgL, 4, 6, 15, 25); M("COD", MgL, 10, 15, 30, 50); M("TSS", MgL, 20, 30, 50, 100);
        rows.Add(Max("TOC", "A1", None, 4, MgL, From2015, to, Confidence.Medium));
        M("NH4", MgL, 0.3m, 0.3m, 0.9m, 0.9m); M("NO2-N", MgL, 0.05m, 0.05m, 0.05m, 0.05m); M("NO3-N", MgL, 2, 5, 10, 15);
        M("PO4", MgL, 0.1m, 0.2m, 0.3m, 0.5m); M("Coliform", Per100, 2500, 5000, 7500, 10000); M("Ecoli", Per100, 20, 50, 100, 200);
        M("As", MgL, 0.01m, 0.02m, 0.05m, 0.1m); M("Cd", MgL, 0.005m, 0.005m, 0.01m, 0.01m); M("Pb", MgL, 0.02m, 0.02m, 0.05m, 0.05m);
        M("Cr6", MgL, 0.01m, 0.02m, 0.04m, 0.05m); M("Cu", MgL, 0.1m, 0.2m, 0.5m, 1); M("Zn", MgL, 0.5m, 1.0m, 1.5m, 2);
        M("Hg", MgL, 0.001m, 0.001m, 0.001m, 0.002m); M("Fe", MgL, 0.5m, 1, 1.5m, 2); M("Mn", MgL, 0.1m, 0.2m, 0.5m, 1);
        M("Aldrin", UgL, 0.1m, 0.1m, 0.1m, 0.1m); M("BHC", UgL, 0.02m, 0.02m, 0.02m, 0.02m); M("Dieldrin", UgL, 0.1m, 0.1m, 0.1m, 0.1m);
        M("DDTs", UgL, 1.0m, 1.0m, 1.0m, 1.0m); M("Heptachlor", UgL, 0.2m, 0.2m, 0.2m, 0.2m);
        return rows;
    }
}
