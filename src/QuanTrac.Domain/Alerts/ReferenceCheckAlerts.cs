using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Alerts;

/// <summary>
/// Findings from reference-material checks (quality-control.md §5): a failed check raises an alarm for the
/// parameter; the next passed check clears it. The checks themselves are recorded elsewhere (proficiency module);
/// this is the door they come in through.
/// </summary>
public static class ReferenceCheckAlerts
{
    /// <summary>A failed check of <paramref name="parameter"/> at <paramref name="checkedAt"/>; <paramref name="detailVi"/>/<paramref name="detailEn"/> say what failed (certified value, mean, error, limit).</summary>
    public static AlertCondition Failed(string station, string parameter, DateTimeOffset checkedAt, string detailVi, string detailEn,
        decimal? error = null, decimal? limit = null, string? unit = null)
    {
        var at = VietnamTime.FormatIso(checkedAt);
        return AlertCondition.Active(new AlertKey(station, parameter, AlertKind.ReferenceCheck), checkedAt, AlertLevel.Alarm, error, limit, unit, null,
            $"Trạm {station}: kiểm tra bằng mẫu chuẩn {parameter} lúc {at} không đạt. {detailVi}".TrimEnd(),
            $"Station {station}: the {parameter} reference-material check at {at} failed. {detailEn}".TrimEnd());
    }

    /// <summary>A passed check: closes an open reference-check alert of the parameter.</summary>
    public static AlertCondition Passed(string station, string parameter, DateTimeOffset checkedAt) =>
        AlertCondition.Cleared(new AlertKey(station, parameter, AlertKind.ReferenceCheck), checkedAt);
}
