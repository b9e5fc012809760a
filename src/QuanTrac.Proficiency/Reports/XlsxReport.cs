using ClosedXML.Excel;
using QuanTrac.Proficiency.Rounds;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Reports;

/// <summary>
/// XLSX reports (ClosedXML): sheet "Tổng quan - Summary" with the round and each measurand's statistics, sheet
/// "Điểm - Scores" with one row per result (numbers as numbers, at Excel's 15 significant digits); a participant's
/// workbook holds only its own rows. Column widths are set, never measured (AdjustToContents needs GDI+).
/// </summary>
public static class XlsxReport
{
    static readonly string[] ScoreHeader =
        ["measurand", "participant", "value", "censored", "u", "U", "k", "method", "D", "DPercent", "z", "zPrime", "zeta", "En", "class", "classifiedOn", "zetaClass", "EnClass", "DClass"];

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Round(RoundReport report)
    {
        using var wb = new XLWorkbook();
        var summary = wb.Worksheets.Add("Tổng quan - Summary");
        var row = 1;
        void Pair(string label, object? value)
        {
            summary.Cell(row, 1).Value = label;
            summary.Cell(row, 1).Style.Font.Bold = true;
            if (value is double d) summary.Cell(row, 2).Value = d;
            else if (value is int i) summary.Cell(row, 2).Value = i;
            else summary.Cell(row, 2).SetValue(value?.ToString() ?? "");
            row++;
        }
        Pair("Chương trình / Scheme", $"{report.Scheme.Code}: {report.Scheme.NameVi} / {report.Scheme.NameEn}");
        Pair("Vòng / Round", $"{report.Round.Code}: {report.Round.Title}");
        Pair("Trạng thái / Status", ReportText.Status(report.Round.Status));
        Pair("Công bố / Published", ReportText.Time(report.Round.PublishedAt));
        if (report.Participant is { } p)
            Pair("Đơn vị tham gia / Participant", p);
        foreach (var m in report.Measurands)
        {
            row++;
            Pair("Chỉ tiêu / Measurand", $"{m.Code} — {m.Parameter} ({m.Unit}), {m.Matrix}");
            Pair("x_pt", m.Assignment?.Assigned);
            Pair("u(x_pt)", m.Assignment?.UncertaintyAssigned);
            Pair("σ_pt", m.Assignment?.SigmaPt);
            Pair("p", m.Assignment?.P);
            Pair("x*", m.Assignment?.RobustMean);
            Pair("s*", m.Assignment?.RobustSd);
            Pair("Nguồn x_pt / Source of x_pt", ReportText.AssignedMethod(m.Method));
            Pair("Nguồn σ_pt / Source of σ_pt", ReportText.SigmaMethod(m.Method));
            if (m.Assignment is { } a)
                Pair("Kiểm tra u(x_pt) / u(x_pt) check", ReportText.Negligible(a.Negligible));
        }
        summary.Column(1).Width = 36;
        summary.Column(2).Width = 80;

        var scores = wb.Worksheets.Add("Điểm - Scores");
        for (var c = 0; c < ScoreHeader.Length; c++)
        {
            scores.Cell(1, c + 1).Value = ScoreHeader[c];
            scores.Cell(1, c + 1).Style.Font.Bold = true;
        }
        var r = 2;
        foreach (var result in report.Results)
        {
            var s = report.ScoreOf(result.Measurand, result.Participant);
            object?[] cells = [result.Measurand, result.Participant, result.Value, result.Censored, result.StandardUncertainty, result.ExpandedUncertainty,
                result.CoverageFactor, result.AnalyticalMethod, s?.D, s?.DPercent, s?.Z, s?.ZPrime, s?.Zeta, s?.En, s?.Class, s?.ClassifiedOn, s?.ZetaClass, s?.EnClass, s?.DClass];
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = scores.Cell(r, c + 1);
                if (cells[c] is double d) cell.Value = d;
                else if (cells[c] is string text) cell.SetValue(text);
            }
            if (s is not null)
                scores.Row(r).Cells(1, ScoreHeader.Length).Style.Fill.BackgroundColor = s.Class switch
                {
                    "satisfactory" => XLColor.FromHtml("#d9f2d9"),
                    "questionable" => XLColor.FromHtml("#fff2cc"),
                    _ => XLColor.FromHtml("#f8d0d0"),
                };
            r++;
        }
        scores.Columns(1, ScoreHeader.Length).Width = 13;
        scores.SheetView.FreezeRows(1);

        using var stream = new MemoryStream();
        wb.SaveAs(stream);
        return stream.ToArray();
    }
}
