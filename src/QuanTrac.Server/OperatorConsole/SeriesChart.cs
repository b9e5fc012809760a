using System.Globalization;
using System.Text;
using QuanTrac.Domain.Quality;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.OperatorConsole;

/// <summary>
/// A series as inline SVG, drawn on the server (no script): the raw values as a line, values with an automatic flag as
/// marked points (suspect: orange triangle, invalid: red cross), reviewed values as filled circles. The shapes differ,
/// not only the colours, and the same points are listed in the page's table for screen readers.
/// </summary>
static class SeriesChart
{
    const double Width = 800, Height = 260, Left = 60, Right = 10, Top = 10, Bottom = 40;

    public static string Svg(ConsolePage page, IReadOnlyList<LayeredObservation> points, DateTimeOffset from, DateTimeOffset to, string title)
    {
        var withValue = points.Where(p => p.Stored.Observation.Value is not null).ToList();
        var flagged = points.Count(p => p.Layered.WorstFlag is QcSeverity.Suspect or QcSeverity.Invalid);
        var desc = string.Format(CultureInfo.InvariantCulture, page.T("{0} giá trị, {1} bị gắn cờ; chi tiết trong bảng bên dưới.", "{0} values, {1} flagged; details in the table below."),
            points.Count, flagged);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 {Width} {Height}" width="100%" style="max-width:{Width}px;border:1px solid #ccc">""")
            .Append(CultureInfo.InvariantCulture, $"""<title id="chart-title">{ConsolePage.E(title)}</title><desc id="chart-desc">{ConsolePage.E(desc)}</desc>""");
        if (withValue.Count == 0)
            return svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Width / 2}" y="{Height / 2}" text-anchor="middle">{page.T("Không có giá trị", "No values")}</text></svg>""").ToString();
        var min = (double)withValue.Min(p => p.Stored.Observation.Value!.Value);
        var max = (double)withValue.Max(p => p.Stored.Observation.Value!.Value);
        if (max - min < 1e-9)
        {
            min -= 1;
            max += 1;
        }
        var span = Math.Max(1, (to - from).TotalSeconds);
        double X(DateTimeOffset t) => Left + (Width - Left - Right) * Math.Clamp((t - from).TotalSeconds / span, 0, 1);
        double Y(decimal v) => Top + (Height - Top - Bottom) * (1 - ((double)v - min) / (max - min));
        string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

        // Axes and their end labels (value range, period in Vietnam time).
        svg.Append(CultureInfo.InvariantCulture, $"""<g stroke="#555" fill="none"><line x1="{Left}" y1="{Top}" x2="{Left}" y2="{Height - Bottom}"/><line x1="{Left}" y1="{Height - Bottom}" x2="{Width - Right}" y2="{Height - Bottom}"/></g>""")
            .Append(CultureInfo.InvariantCulture, $"""<g font-size="12" fill="#111"><text x="{Left - 4}" y="{Top + 10}" text-anchor="end">{N(max)}</text><text x="{Left - 4}" y="{Height - Bottom}" text-anchor="end">{N(min)}</text>""")
            .Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - Bottom + 16}">{ConsolePage.E(StatusBoardPage.Local(from))}</text><text x="{Width - Right}" y="{Height - Bottom + 16}" text-anchor="end">{ConsolePage.E(StatusBoardPage.Local(to))}</text></g>""");
        svg.Append("""<polyline fill="none" stroke="#1a73e8" stroke-width="1.5" points=" """.TrimEnd())
            .AppendJoin(' ', withValue.Select(p => N(X(p.Stored.Observation.ObservedAt)) + "," + N(Y(p.Stored.Observation.Value!.Value))))
            .Append("\"/>");
        foreach (var p in withValue)
        {
            var x = X(p.Stored.Observation.ObservedAt);
            var y = Y(p.Stored.Observation.Value!.Value);
            var label = ConsolePage.E($"{StatusBoardPage.Local(p.Stored.Observation.ObservedAt)}: {p.Stored.Observation.Value.Value.ToString(CultureInfo.InvariantCulture)} {string.Join(';', p.Layered.RuleIds)} {p.Layered.Review}".Trim());
            var shape = p.Layered.WorstFlag switch
            {
                QcSeverity.Invalid => $"""<path class="flag-invalid" d="M{N(x - 5)},{N(y - 5)}L{N(x + 5)},{N(y + 5)}M{N(x - 5)},{N(y + 5)}L{N(x + 5)},{N(y - 5)}" stroke="#b00020" stroke-width="2.5"><title>{label}</title></path>""",
                QcSeverity.Suspect => $"""<path class="flag-suspect" d="M{N(x)},{N(y - 6)}L{N(x + 6)},{N(y + 5)}L{N(x - 6)},{N(y + 5)}Z" fill="#c25e00"><title>{label}</title></path>""",
                _ when p.Layered.Review.Level > 0 => $"""<circle class="reviewed" cx="{N(x)}" cy="{N(y)}" r="3" fill="#0a6b1f"><title>{label}</title></circle>""",
                _ => "",
            };
            svg.Append(shape);
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The legend, as text (the shapes are explained in words too).</summary>
    public static string Legend(ConsolePage page) => $"""
        <p><small>{page.T("Chú giải: đường xanh — giá trị thô; ▲ cam — nghi ngờ; ✕ đỏ — không hợp lệ (cờ tự động); ● xanh lá — đã kiểm duyệt.",
            "Legend: blue line — raw values; orange ▲ — suspect; red ✕ — invalid (automatic flags); green ● — reviewed.")}</small></p>
        """;
}
