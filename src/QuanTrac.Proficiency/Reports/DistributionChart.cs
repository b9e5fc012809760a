using System.Globalization;
using System.Text;

namespace QuanTrac.Proficiency.Reports;

/// <summary>
/// Histogram of a measurand's results in units of σ_pt around x_pt, as inline SVG: bins of 0.5 z from −4 to 4 plus
/// two end bins for anything beyond, lines at 0, ±2 and ±3. It carries counts only, never a participant code, so the
/// same chart goes into every participant's report; <c>highlight</c> marks the reader's own bin.
/// </summary>
public static class DistributionChart
{
    const int Bins = 18; // [−∞,−4), 16 bins of 0.5 over [−4, 4), [4, ∞)
    const double Width = 640, Height = 220, Left = 40, Bottom = 30, Top = 16;

    /// <summary>The SVG element.</summary>
    /// <param name="values">Numeric results (any order).</param>
    /// <param name="assigned">x_pt.</param>
    /// <param name="sigma">σ_pt &gt; 0.</param>
    /// <param name="highlight">The reader's own result, or null.</param>
    /// <param name="title">Accessible title (both languages).</param>
    public static string Svg(IReadOnlyList<double> values, double assigned, double sigma, double? highlight, string title)
    {
        var counts = new int[Bins];
        foreach (var v in values)
            counts[Bin((v - assigned) / sigma)]++;
        var own = highlight is { } h ? Bin((h - assigned) / sigma) : -1;
        var max = Math.Max(1, counts.Max());
        var plotW = Width - Left - 10;
        var plotH = Height - Bottom - Top;
        var barW = plotW / Bins;
        var s = new StringBuilder();
        s.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">"));
        s.Append("<title>").Append(ReportText.Html(title)).Append("</title>");
        for (var i = 0; i < Bins; i++)
        {
            var barH = plotH * counts[i] / max;
            var x = Left + i * barW;
            var fill = i == own ? "#c0392b" : "#5b8db8";
            s.Append(Inv($"<rect x=\"{x + 1:0.##}\" y=\"{Top + plotH - barH:0.##}\" width=\"{barW - 2:0.##}\" height=\"{barH:0.##}\" fill=\"{fill}\"/>"));
            if (counts[i] > 0)
                s.Append(Inv($"<text x=\"{x + barW / 2:0.##}\" y=\"{Top + plotH - barH - 3:0.##}\" font-size=\"10\" text-anchor=\"middle\">{counts[i]}</text>"));
        }
        foreach (var (z, colour) in new[] { (0.0, "#000"), (-2.0, "#e67e22"), (2.0, "#e67e22"), (-3.0, "#c0392b"), (3.0, "#c0392b") })
        {
            var x = Left + (z + 4) / 0.5 * barW + barW;
            s.Append(Inv($"<line x1=\"{x:0.##}\" y1=\"{Top}\" x2=\"{x:0.##}\" y2=\"{Top + plotH}\" stroke=\"{colour}\" stroke-dasharray=\"4 3\"/>"));
            s.Append(Inv($"<text x=\"{x:0.##}\" y=\"{Height - 12}\" font-size=\"10\" text-anchor=\"middle\">{(z == 0 ? "x_pt" : z.ToString("+0;−0", CultureInfo.InvariantCulture) + "σ")}</text>"));
        }
        s.Append(Inv($"<line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Width - 10}\" y2=\"{Top + plotH}\" stroke=\"#000\"/>"));
        s.Append(Inv($"<text x=\"{Left:0.##}\" y=\"{Height - 1}\" font-size=\"10\">&lt; −4σ</text><text x=\"{Width - 10:0.##}\" y=\"{Height - 1}\" font-size=\"10\" text-anchor=\"end\">&gt; +4σ</text>"));
        s.Append("</svg>");
        return s.ToString();
    }

    static int Bin(double z)
    {
        if (z < -4) return 0;
        if (z >= 4) return Bins - 1;
        return 1 + Math.Min(15, (int)Math.Floor((z + 4) / 0.5));
    }

    static string Inv(FormattableString f) => f.ToString(CultureInfo.InvariantCulture);
}
