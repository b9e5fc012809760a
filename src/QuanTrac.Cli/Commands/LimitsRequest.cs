using System.Globalization;
using QuanTrac.Domain.Standards.Limits;
using QuanTrac.Domain.Time;

namespace QuanTrac.Cli.Commands;

/// <summary>The options of <c>limits check</c>, checked against the chosen regulation before any row is read.</summary>
sealed record LimitsRequest(string Regulation, string? Column, string? Category, LimitCoefficients Coefficients, string? Averaging, string? At)
{
    public bool TryResolve(TimeProvider clock, out ComplianceContext? context, out AveragingPeriod period, out DateOnly date, out string? error)
    {
        context = null;
        period = AveragingPeriod.None;
        error = null;
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow()).DateTime);
        date = today;
        if (At is not null && !DateOnly.TryParseExact(At, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Fail(out error, $"--at '{At}' không phải ngày yyyy-MM-dd.", $"--at '{At}' is not a yyyy-MM-dd date.");
        var regulation = RegulationCatalogue.Default.Find(Regulation, date);
        if (regulation is null)
        {
            var known = string.Join(", ", RegulationCatalogue.Default.Regulations.Select(r => r.Id));
            return Fail(out error, $"Quy chuẩn '{Regulation}' không xác định hoặc chưa có hiệu lực vào {At ?? "hôm nay"} (có: {known}).",
                $"Regulation '{Regulation}' is unknown or not in force on {At ?? "today"} (known: {known}).");
        }
        if (date < regulation.InForceFrom)
            return Fail(out error, $"{regulation.Id} chỉ có hiệu lực từ {Format(regulation.InForceFrom)}.", $"{regulation.Id} is in force only from {Format(regulation.InForceFrom)}.");
        if (regulation.Rows.Count == 0)
            return Fail(out error, $"{regulation.Id}: chưa có giá trị giới hạn (chờ kiểm chứng văn bản gốc). {regulation.NoteVi}",
                $"{regulation.Id}: no limit values stored yet (to verify against the official text). {regulation.NoteEn}");
        var on = date;
        if (!regulation.Rows.Any(r => r.AppliesOn(on)))
            return Fail(out error, $"{regulation.Id} không còn giới hạn nào áp dụng vào {Format(date)} (đã được thay thế).",
                $"{regulation.Id} has no limit in force on {Format(date)} (replaced).");

        string? column = null;
        if (regulation.Columns.Count > 0)
        {
            column = regulation.Columns.FirstOrDefault(c => string.Equals(c, Column, StringComparison.OrdinalIgnoreCase));
            if (column is null)
                return Fail(out error, $"{regulation.Id} cần --column, một trong: {string.Join(", ", regulation.Columns)}.",
                    $"{regulation.Id} needs --column, one of: {string.Join(", ", regulation.Columns)}.");
        }
        else if (Column is not null)
        {
            return Fail(out error, $"{regulation.Id} không có cột; bỏ --column.", $"{regulation.Id} has no columns; leave out --column.");
        }

        var k = Coefficients;
        var (needed, unused) = regulation.Multipliers switch
        {
            Multipliers.KqKf => ((k.Kq, k.Kf, "--kq", "--kf"), k.Kp ?? k.Kv),
            Multipliers.KpKv => ((k.Kp, k.Kv, "--kp", "--kv"), k.Kq ?? k.Kf),
            _ => ((1m, 1m, "", ""), k.Kq ?? k.Kf ?? k.Kp ?? k.Kv),
        };
        if (needed.Item1 is not > 0 || needed.Item2 is not > 0)
            return Fail(out error, $"{regulation.Id} cần {needed.Item3} và {needed.Item4} dương.", $"{regulation.Id} needs positive {needed.Item3} and {needed.Item4}.");
        if (unused is not null)
            return Fail(out error, $"{regulation.Id} không dùng hệ số này.", $"{regulation.Id} does not use the coefficient given.");

        if (Averaging is not null)
            AveragingPeriods.TryParse(Averaging, out period);
        else if (regulation.Rows.Any(r => r.Period != AveragingPeriod.None))
            return Fail(out error, $"{regulation.Id} có giới hạn theo thời gian trung bình: cần --averaging 1h|8h|24h|year.",
                $"{regulation.Id} states limits per averaging period: --averaging 1h|8h|24h|year is needed.");
        if (Category is not null && !regulation.Rows.Any(r => string.Equals(r.Category, Category, StringComparison.OrdinalIgnoreCase)))
            return Fail(out error, $"{regulation.Id} không có loại nguồn '{Category}'.", $"{regulation.Id} has no source category '{Category}'.");
        var category = regulation.Rows.Select(r => r.Category).FirstOrDefault(c => string.Equals(c, Category, StringComparison.OrdinalIgnoreCase));
        context = new ComplianceContext(regulation, column, Coefficients, category);
        return true;
    }

    static bool Fail(out string? error, string vi, string en)
    {
        error = $"{vi} / {en}";
        return false;
    }

    static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
