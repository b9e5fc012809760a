using System.Globalization;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Alerts;

/// <summary>
/// Transmission interruption (quality-control.md §3.3; required by TT 24 Art. 58, thresholds are project defaults):
/// no file for <see cref="AlertSettings.SilenceWarningIntervals"/> intervals → warning, for
/// <see cref="AlertSettings.SilenceAlarmAfter"/> → alarm; a file since then → clear ("recovered").
/// </summary>
public static class SilenceEvaluator
{
    /// <summary>
    /// The finding for <paramref name="station"/> at <paramref name="now"/>, from the receipt time of its newest file
    /// (<paramref name="lastFileAt"/>, null when it never sent one: an alarm) and its expected <paramref name="interval"/>.
    /// </summary>
    public static AlertCondition Evaluate(string station, TimeSpan interval, DateTimeOffset? lastFileAt, DateTimeOffset now, AlertSettings? settings = null)
    {
        var s = (settings ?? AlertSettings.Default).Validate();
        var key = new AlertKey(station, "", AlertKind.Silence);
        if (lastFileAt is not { } last)
            return AlertCondition.Active(key, now, AlertLevel.Alarm, null, null, "min", null,
                $"Trạm {station} chưa từng gửi tệp dữ liệu nào.", $"Station {station} has never sent a data file.");
        var gap = now - last;
        var minutes = Math.Round((decimal)gap.TotalMinutes, 1, MidpointRounding.AwayFromZero);
        AlertLevel? level = gap >= s.SilenceAlarmAfter ? AlertLevel.Alarm
            : gap >= interval * s.SilenceWarningIntervals ? AlertLevel.Warning
            : null;
        if (level is null)
            return AlertCondition.Cleared(key, now, minutes);
        var limit = (decimal)(level == AlertLevel.Alarm ? s.SilenceAlarmAfter : interval * s.SilenceWarningIntervals).TotalMinutes;
        var since = VietnamTime.FormatIso(last);
        var m = minutes.ToString(CultureInfo.InvariantCulture);
        return AlertCondition.Active(key, now, level.Value, minutes, limit, "min", null,
            $"Trạm {station} mất tín hiệu: không nhận được tệp nào trong {m} phút (tệp cuối lúc {since}).",
            $"Station {station} is silent: no file for {m} minutes (last file at {since}).");
    }
}
