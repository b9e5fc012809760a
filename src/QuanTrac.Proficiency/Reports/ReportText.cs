using System.Globalization;
using System.Net;
using QuanTrac.Domain.Time;
using QuanTrac.Storage.Proficiency;

namespace QuanTrac.Proficiency.Reports;

/// <summary>How reports print numbers, times and set-up choices (culture-invariant, Vietnam time).</summary>
public static class ReportText
{
    /// <summary>A measured value or statistic: up to 6 significant figures; "—" for none.</summary>
    public static string Value(double? v) => v is { } x ? x.ToString("G6", CultureInfo.InvariantCulture) : "—";

    /// <summary>A score: 2 decimals; "—" for none.</summary>
    public static string Score(double? v) => v is { } x ? x.ToString("F2", CultureInfo.InvariantCulture) : "—";

    /// <summary>Full precision for CSV and machine reading; empty for none.</summary>
    public static string Exact(double? v) => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>Vietnam time, <c>yyyy-MM-dd HH:mm (UTC+7)</c>.</summary>
    public static string Time(DateTimeOffset? t) =>
        t is { } v ? VietnamTime.ToLocal(v).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (UTC+7)" : "—";

    /// <summary>HTML-escaped text.</summary>
    public static string Html(string? s) => WebUtility.HtmlEncode(s ?? "");

    /// <summary>Round status, Vietnamese / English.</summary>
    public static string Status(PtRoundStatus s) => s switch
    {
        PtRoundStatus.Open => "Đang nhận kết quả / Open",
        PtRoundStatus.Computed => "Đã tính điểm / Computed",
        _ => "Đã công bố / Published",
    };

    /// <summary>Source of x_pt, Vietnamese / English.</summary>
    public static string AssignedMethod(PtMethod m) => m.Assigned == PtAssignedMethod.Consensus
        ? "Đồng thuận, thuật toán A (ISO 13528 C.3); u = 1,25·s*/√p / Consensus, Algorithm A (ISO 13528 C.3); u = 1.25·s*/√p"
        : "Giá trị chuẩn / công thức pha chế / Reference or formulation value";

    /// <summary>Source of σ_pt, Vietnamese / English.</summary>
    public static string SigmaMethod(PtMethod m) => m.Sigma switch
    {
        PtSigmaMethod.Fixed => "Giá trị quy định / Prescribed value",
        PtSigmaMethod.Percent => FormattableString.Invariant($"{m.SigmaValue}% của x_pt (phù hợp mục đích) / {m.SigmaValue}% of x_pt (fitness for purpose)"),
        PtSigmaMethod.Horwitz => "Hàm Horwitz–Thompson (ISO 13528 8.4) / Horwitz–Thompson function (ISO 13528 8.4)",
        _ => "s* của các kết quả (ISO 13528 8.6) / s* of the results (ISO 13528 8.6)",
    };

    /// <summary>Outcome of the check u(x_pt) &lt; 0.3σ_pt, Vietnamese / English.</summary>
    public static string Negligible(bool negligible) => negligible
        ? "u(x_pt) < 0,3σ_pt: không đáng kể, đánh giá theo z / u(x_pt) < 0.3σ_pt: negligible, z is reported"
        : "u(x_pt) ≥ 0,3σ_pt: đáng kể, đánh giá theo z′ / u(x_pt) ≥ 0.3σ_pt: not negligible, z′ is reported";
}
