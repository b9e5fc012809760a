using QuanTrac.Domain.Alerts;
using QuanTrac.Domain.Time;

namespace QuanTrac.Server.Alerts;

/// <summary>The bilingual subject and body of an alert notification (e-mail), Vietnamese first.</summary>
public static class AlertText
{
    /// <summary>E.g. <c>[QuanTrac] Cảnh báo mới / New alert: exceedance alarm HN_X_NUO001 COD</c>.</summary>
    public static string Subject(AlertEvent e)
    {
        var (vi, en) = e.Change switch
        {
            AlertChange.Opened => ("Cảnh báo mới", "New alert"),
            AlertChange.Escalated => ("Cảnh báo tăng mức", "Alert escalated"),
            AlertChange.Acknowledged => ("Cảnh báo đã được tiếp nhận", "Alert acknowledged"),
            _ => ("Cảnh báo đã đóng", "Alert resolved"),
        };
        var a = e.Alert;
        return $"[QuanTrac] {vi} / {en}: {AlertNames.Format(a.Kind)} {AlertNames.Format(a.Level)} {a.Station} {a.Parameter}".TrimEnd();
    }

    /// <summary>Both messages and the facts, one per line.</summary>
    public static string Body(AlertEvent e)
    {
        var a = e.Alert;
        var lines = new List<string>
        {
            a.MessageVi,
            a.MessageEn,
            "",
            $"Mã cảnh báo / Alert id: {a.Id}",
            $"Trạm / Station: {a.Station}",
        };
        if (a.Parameter.Length > 0)
            lines.Add($"Thông số / Parameter: {a.Parameter}");
        lines.Add($"Loại / Kind: {AlertNames.Format(a.Kind)}; mức / level: {AlertNames.Format(a.Level)}; trạng thái / state: {AlertNames.Format(a.State)}");
        lines.Add($"Bắt đầu / Started: {VietnamTime.FormatIso(a.StartedAt)}");
        if (a.ResolvedAt is { } r)
            lines.Add($"Đóng lúc / Resolved at: {VietnamTime.FormatIso(r)} ({a.ResolvedBy})");
        return string.Join("\n", lines) + "\n";
    }
}
