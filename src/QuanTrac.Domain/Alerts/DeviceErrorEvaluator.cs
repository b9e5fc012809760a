using System.Globalization;
using QuanTrac.Domain.Observations;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Alerts;

/// <summary>
/// Device-error streaks (quality-control.md §3.3): status 02 for a parameter without interruption for
/// <see cref="AlertSettings.DeviceErrorAfter"/> → alarm. A status 00 record is clear; calibration (01), unknown codes
/// and the first part of a streak hold.
/// </summary>
public static class DeviceErrorEvaluator
{
    /// <summary>One finding per record of <paramref name="records"/> (time-ordered: time and raw status code).</summary>
    public static IReadOnlyList<AlertCondition> Evaluate(string station, string parameter, IEnumerable<(DateTimeOffset At, string Status)> records,
        AlertSettings? settings = null)
    {
        var s = (settings ?? AlertSettings.Default).Validate();
        var key = new AlertKey(station, parameter, AlertKind.DeviceError);
        var findings = new List<AlertCondition>();
        DateTimeOffset? streakStart = null;
        foreach (var (at, status) in records)
        {
            var code = DeviceStatusCodes.FromCode(status);
            if (code != DeviceStatus.DeviceError)
            {
                streakStart = null;
                findings.Add(code == DeviceStatus.Measuring ? AlertCondition.Cleared(key, at) : AlertCondition.Hold(key, at));
                continue;
            }
            streakStart ??= at;
            var length = at - streakStart.Value;
            if (length < s.DeviceErrorAfter)
            {
                findings.Add(AlertCondition.Hold(key, at));
                continue;
            }
            var minutes = Math.Round((decimal)length.TotalMinutes, 1, MidpointRounding.AwayFromZero);
            var m = minutes.ToString(CultureInfo.InvariantCulture);
            var since = VietnamTime.FormatIso(streakStart.Value);
            findings.Add(AlertCondition.Active(key, at, AlertLevel.Alarm, minutes, (decimal)s.DeviceErrorAfter.TotalMinutes, "min", null,
                $"Trạm {station}: thiết bị đo {parameter} báo lỗi (trạng thái 02) liên tục {m} phút từ {since}.",
                $"Station {station}: the {parameter} analyser has reported an error (status 02) for {m} minutes since {since}."));
        }
        return findings;
    }
}
