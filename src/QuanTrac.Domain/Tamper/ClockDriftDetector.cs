using System.Globalization;

namespace QuanTrac.Domain.Tamper;

/// <summary>
/// The station clock against the receipt time. Drift: over the records that arrived within
/// <see cref="TamperSettings.DriftWindow"/> (so a backlog sent later is not mistaken for drift), the delay
/// received − observed changes steadily (least-squares slope) by at least
/// <see cref="TamperSettings.DriftMinSecondsPerDay"/> per day over at least <see cref="TamperSettings.DriftMinSpan"/>.
/// Ahead: records stamped later than they arrived (beyond <see cref="TamperSettings.AheadTolerance"/>), which no honest
/// clock produces. Either way, the times of the data cannot be trusted as they are.
/// </summary>
public static class ClockDriftDetector
{
    /// <summary>Signals for a station, from one record per record time (any parameter).</summary>
    public static IReadOnlyList<TamperSignal> Detect(string station, IReadOnlyList<TamperRecord> records, TamperSettings? settings = null)
    {
        var s = settings ?? TamperSettings.Default;
        var signals = new List<TamperSignal>();
        var live = records.Where(r => (r.ReceivedAt - r.ObservedAt).Duration() <= s.DriftWindow).OrderBy(r => r.ObservedAt).ToList();
        if (live.Count >= 48 && live[^1].ObservedAt - live[0].ObservedAt >= s.DriftMinSpan)
        {
            var t0 = live[0].ObservedAt;
            double n = live.Count, sx = 0, sy = 0, sxx = 0, sxy = 0;
            foreach (var r in live)
            {
                var x = (r.ObservedAt - t0).TotalDays;
                var y = (r.ReceivedAt - r.ObservedAt).TotalSeconds;
                sx += x; sy += y; sxx += x * x; sxy += x * y;
            }
            var slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            if (Math.Abs(slope) >= s.DriftMinSecondsPerDay)
            {
                var rate = Math.Round(slope, 1).ToString(CultureInfo.InvariantCulture);
                var (vi, en) = slope > 0 ? ("chậm dần", "falls behind") : ("nhanh dần", "runs ahead");
                signals.Add(new TamperSignal(TamperKind.ClockDrift, station, "", live[0].ObservedAt, live[^1].ObservedAt, (decimal)Math.Round(Math.Abs(slope), 1),
                    $"Độ trễ giữa thời điểm nhận và thời điểm ghi trong tệp thay đổi đều {rate} giây mỗi ngày ({live.Count} bản ghi): đồng hồ của trạm {vi} so với máy chủ.",
                    $"The delay between receipt and the time written in the files changes steadily by {rate} s per day ({live.Count} records): the station clock {en} of the server."));
            }
        }
        var ahead = records.Where(r => r.ObservedAt - r.ReceivedAt > s.AheadTolerance).OrderBy(r => r.ObservedAt).ToList();
        if (ahead.Count >= s.AheadMinRecords)
        {
            var most = ahead.Max(r => r.ObservedAt - r.ReceivedAt).TotalMinutes;
            var m = Math.Round(most, 1).ToString(CultureInfo.InvariantCulture);
            signals.Add(new TamperSignal(TamperKind.ClockDrift, station, "", ahead[0].ObservedAt, ahead[^1].ObservedAt, ahead.Count,
                $"{ahead.Count} bản ghi mang thời điểm muộn hơn lúc máy chủ nhận được (sớm nhất {m} phút): số liệu được ghi nhận trước khi được đo.",
                $"{ahead.Count} records carry a time later than their arrival at the server (up to {m} minutes): data received before they were measured."));
        }
        return signals;
    }
}
