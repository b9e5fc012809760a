using System.Text;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;
using static QuanTrac.Proficiency.Reports.ReportText;

namespace QuanTrac.Proficiency.Reports;

/// <summary>
/// Printable HTML (one self-contained page, inline CSS and SVG, A4 print rules): the round report, a participant's
/// report, and a laboratory's performance history. "Save as PDF" from any browser gives the PDF.
/// </summary>
public static class HtmlReport
{
    const string Style = """
        body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;font-size:11pt;margin:2em;color:#111}
        h1{font-size:16pt;margin-bottom:0}h2{font-size:13pt;margin-top:1.5em;border-bottom:1px solid #999}
        table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #bbb;padding:2px 6px;text-align:right}
        th{background:#eee}td.t,th.t{text-align:left}.satisfactory{background:#d9f2d9}.questionable{background:#fff2cc}
        .unsatisfactory{background:#f8d0d0}.chart{width:100%;max-width:640px;height:auto}.note{color:#555;font-size:9pt}
        @page{size:A4;margin:15mm}
        @media print{body{margin:0;font-size:9pt}h2{break-after:avoid}table,tr,.chart{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    /// <summary>The round report, or a participant's report when <see cref="RoundReport.Participant"/> is set.</summary>
    public static string Round(RoundReport report)
    {
        var s = Begin(report.Participant is null
            ? $"Báo cáo vòng thử nghiệm thành thạo {report.Round.Code} / Proficiency-testing round report {report.Round.Code}"
            : $"Báo cáo của đơn vị tham gia {report.Participant} / Participant report {report.Participant}");
        s.Append("<table><tr><th class=t>Chương trình / Scheme</th><td class=t>").Append(Html($"{report.Scheme.Code}: {report.Scheme.NameVi} / {report.Scheme.NameEn}"))
            .Append("</td></tr><tr><th class=t>Vòng / Round</th><td class=t>").Append(Html($"{report.Round.Code}: {report.Round.Title}"))
            .Append("</td></tr><tr><th class=t>Trạng thái / Status</th><td class=t>").Append(Html(Status(report.Round.Status)))
            .Append("</td></tr><tr><th class=t>Tính điểm / Computed</th><td class=t>").Append(Html(Time(report.Round.ComputedAt)))
            .Append("</td></tr><tr><th class=t>Công bố / Published</th><td class=t>").Append(Html(Time(report.Round.PublishedAt)))
            .Append("</td></tr></table>");
        if (report.Round.Status != PtRoundStatus.Published)
            s.Append("<p class=note>Bản nháp: vòng chưa công bố, số liệu có thể thay đổi. / Draft: the round is not published; figures may change.</p>");
        foreach (var m in report.Measurands)
            Measurand(s, report, m);
        s.Append("<p class=note>Điểm: z = (x − x_pt)/σ_pt; z′ = (x − x_pt)/√(σ_pt² + u²(x_pt)); ζ = (x − x_pt)/√(u²(x) + u²(x_pt)); ")
            .Append("E_n = (x − x_pt)/√(U²(x) + U²(x_pt)), U(x_pt) = 2u(x_pt). |z| ≤ 2 đạt, 2 &lt; |z| &lt; 3 đáng ngờ, |z| ≥ 3 không đạt; |E_n| ≤ 1 đạt. ")
            .Append("/ Scores per ISO 13528 clause 9: |z| ≤ 2 satisfactory, 2 &lt; |z| &lt; 3 questionable, |z| ≥ 3 unsatisfactory; |E_n| ≤ 1 satisfactory. ")
            .Append("Kết quả dạng '&lt;' được giữ nguyên, không tính điểm. / '&lt;' results are kept as reported and not scored.</p>");
        return End(s);
    }

    static void Measurand(StringBuilder s, RoundReport report, PtMeasurand m)
    {
        s.Append("<h2>").Append(Html($"{m.Code} — {m.Parameter} ({m.Unit}), {m.Matrix}")).Append("</h2>");
        var a = m.Assignment;
        s.Append("<table>");
        Row(s, "Giá trị ấn định / Assigned value x_pt", Value(a?.Assigned));
        Row(s, "Độ không đảm bảo chuẩn / Standard uncertainty u(x_pt)", Value(a?.UncertaintyAssigned));
        Row(s, "Độ lệch chuẩn đánh giá / σ_pt", Value(a?.SigmaPt));
        Row(s, "Nguồn x_pt / Source of x_pt", Html(AssignedMethod(m.Method)));
        Row(s, "Nguồn σ_pt / Source of σ_pt", Html(SigmaMethod(m.Method)));
        Row(s, "Số kết quả số / Numeric results p", a is null ? "—" : a.P.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Row(s, "Thuật toán A: x*, s* / Algorithm A: x*, s*", $"{Value(a?.RobustMean)}; {Value(a?.RobustSd)}");
        if (a is not null)
            Row(s, "Kiểm tra u(x_pt) / u(x_pt) check", Html(Negligible(a.Negligible)));
        if (m.Method.AllowedDeviation is { } delta)
            Row(s, "Sai số cho phép / Allowed deviation δ_E", Value(delta));
        s.Append("</table>");

        var results = report.Results.Where(r => r.Measurand == m.Code).ToList();
        s.Append("<table><tr><th class=t>Mã / Code</th><th>Kết quả / Result</th><th>U</th><th>k</th><th class=t>Phương pháp / Method</th>")
            .Append("<th>D</th><th>D%</th><th>z</th><th>z′</th><th>ζ</th><th>E_n</th><th class=t>Đánh giá / Class</th></tr>");
        foreach (var r in results)
        {
            var sc = report.ScoreOf(m.Code, r.Participant);
            s.Append("<tr class=\"").Append(sc?.Class ?? "").Append("\"><td class=t>").Append(Html(r.Participant)).Append("</td><td>")
                .Append(r.Value is { } v ? Value(v) : Html(r.Censored)).Append("</td><td>").Append(Value(r.ExpandedUncertainty)).Append("</td><td>")
                .Append(Value(r.CoverageFactor)).Append("</td><td class=t>").Append(Html(r.AnalyticalMethod)).Append("</td><td>")
                .Append(Value(sc?.D)).Append("</td><td>").Append(Score(sc?.DPercent)).Append("</td><td>").Append(Score(sc?.Z)).Append("</td><td>")
                .Append(Score(sc?.ZPrime)).Append("</td><td>").Append(Score(sc?.Zeta)).Append("</td><td>").Append(Score(sc?.En)).Append("</td><td class=t>")
                .Append(Html(sc is null ? "Không tính điểm / Not scored" : $"{PtClass.Label(sc.Class)} ({sc.ClassifiedOn})")).Append("</td></tr>");
        }
        s.Append("</table>");
        if (a is not null && report.Distribution.TryGetValue(m.Code, out var values))
        {
            var own = report.Participant is { } p ? results.FirstOrDefault(r => r.Participant == p)?.Value : null;
            s.Append(DistributionChart.Svg(values, a.Assigned, a.SigmaPt, own,
                $"Phân bố kết quả {m.Code} theo σ_pt (ẩn danh) / Distribution of {m.Code} results in σ_pt (anonymous)"));
            s.Append("<p class=note>Biểu đồ: số kết quả trong mỗi khoảng 0,5σ_pt quanh x_pt; không ghi mã đơn vị").Append(own is null ? "" : "; cột đỏ chứa kết quả của quý đơn vị")
                .Append(". / Chart: results per 0.5σ_pt around x_pt, without laboratory codes").Append(own is null ? "" : "; the red bar holds your result").Append(".</p>");
        }
    }

    /// <summary>A laboratory's performance history across published rounds, with a chart of its reported scores.</summary>
    public static string History(string lab, IReadOnlyList<LabHistoryRow> rows)
    {
        var s = Begin($"Lịch sử kết quả thử nghiệm thành thạo của {lab} / Proficiency-testing history of {lab}");
        s.Append(HistorySection(rows));
        return End(s);
    }

    /// <summary>The history table and chart as an HTML section (to embed in another page).</summary>
    public static string HistorySection(IReadOnlyList<LabHistoryRow> rows)
    {
        var s = new StringBuilder("<section class=history><h2>Lịch sử theo các vòng / History across rounds</h2>");
        if (rows.Count == 0)
            return s.Append("<p>Chưa có vòng nào được công bố. / No published round yet.</p></section>").ToString();
        s.Append("<table><tr><th class=t>Công bố / Published</th><th class=t>Vòng / Round</th><th class=t>Mã / Code</th><th class=t>Chỉ tiêu / Measurand</th>")
            .Append("<th>Kết quả / Result</th><th>x_pt</th><th>σ_pt</th><th>z</th><th>z′</th><th>ζ</th><th>E_n</th><th class=t>Đánh giá / Class</th></tr>");
        foreach (var r in rows)
            s.Append("<tr class=\"").Append(r.Score?.Class ?? "").Append("\"><td class=t>").Append(Html(Time(r.PublishedAt))).Append("</td><td class=t>")
                .Append(Html(r.Round)).Append("</td><td class=t>").Append(Html(r.Participant)).Append("</td><td class=t>")
                .Append(Html($"{r.Measurand.Code} ({r.Measurand.Unit})")).Append("</td><td>").Append(r.Result.Value is { } v ? Value(v) : Html(r.Result.Censored))
                .Append("</td><td>").Append(Value(r.Measurand.Assignment?.Assigned)).Append("</td><td>").Append(Value(r.Measurand.Assignment?.SigmaPt))
                .Append("</td><td>").Append(Score(r.Score?.Z)).Append("</td><td>").Append(Score(r.Score?.ZPrime)).Append("</td><td>").Append(Score(r.Score?.Zeta))
                .Append("</td><td>").Append(Score(r.Score?.En)).Append("</td><td class=t>").Append(Html(PtClass.Label(r.Score?.Class))).Append("</td></tr>");
        s.Append("</table>").Append(HistoryChart(rows)).Append("</section>");
        return s.ToString();
    }

    // Reported score (z or z′) per round and measurand, on a −4…4 scale with the ±2 and ±3 limits.
    static string HistoryChart(IReadOnlyList<LabHistoryRow> rows)
    {
        var scored = rows.Where(r => r.Score is not null).ToList();
        if (scored.Count == 0)
            return "";
        const double w = 640, h = 200, left = 30, top = 10, plotH = 160;
        var step = (w - left - 10) / Math.Max(1, scored.Count);
        double Y(double z) => top + plotH / 2 - Math.Clamp(z, -4, 4) / 4 * (plotH / 2);
        var s = new StringBuilder(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {w} {h}\" role=\"img\">"));
        s.Append("<title>Điểm được báo cáo qua các vòng / Reported score across rounds</title>");
        foreach (var (z, c) in new[] { (0.0, "#000"), (2.0, "#e67e22"), (-2.0, "#e67e22"), (3.0, "#c0392b"), (-3.0, "#c0392b") })
            s.Append(FormattableString.Invariant($"<line x1=\"{left}\" y1=\"{Y(z):0.##}\" x2=\"{w - 10}\" y2=\"{Y(z):0.##}\" stroke=\"{c}\" stroke-dasharray=\"4 3\"/><text x=\"2\" y=\"{Y(z) + 3:0.##}\" font-size=\"9\">{z:+0;−0;0}</text>"));
        for (var i = 0; i < scored.Count; i++)
        {
            var r = scored[i];
            var z = r.Score!.ClassifiedOn == "z" ? r.Score.Z : r.Score.ZPrime;
            var x = left + step * (i + 0.5);
            s.Append(FormattableString.Invariant($"<circle cx=\"{x:0.##}\" cy=\"{Y(z):0.##}\" r=\"4\" fill=\"#5b8db8\"/>"))
                .Append(FormattableString.Invariant($"<text x=\"{x:0.##}\" y=\"{h - 4}\" font-size=\"8\" text-anchor=\"middle\">{Html(r.Round)} {Html(r.Measurand.Code)}</text>"));
        }
        return s.Append("</svg>").ToString();
    }

    static void Row(StringBuilder s, string label, string value) =>
        s.Append("<tr><th class=t>").Append(Html(label)).Append("</th><td class=t>").Append(value).Append("</td></tr>");

    static StringBuilder Begin(string title) => new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
        .Append(Html(title)).Append("</title><style>").Append(Style).Append("</style></head><body><h1>").Append(Html(title)).Append("</h1>");

    static string End(StringBuilder s) =>
        s.Append("<p class=note>QuanTrac — ISO 13528 / ISO/IEC 17043.</p></body></html>").ToString();
}
