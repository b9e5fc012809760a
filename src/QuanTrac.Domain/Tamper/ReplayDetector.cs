using System.Globalization;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Tamper;

/// <summary>
/// Values replayed from an earlier day: a stretch of at least <see cref="TamperSettings.ReplayMinRecords"/> consecutive
/// records whose values equal, record for record, the values stamped exactly k days earlier (k = 1 …
/// <see cref="TamperSettings.ReplayLookbackDays"/>), holding at least <see cref="TamperSettings.ReplayMinDistinct"/>
/// distinct values. Real measurements never repeat a varying two-hour sequence to the last digit.
/// </summary>
public static class ReplayDetector
{
    /// <summary>Signals for the records of one parameter observed in [<paramref name="from"/>, <paramref name="to"/>]; earlier records of <paramref name="records"/> serve as the days copied from.</summary>
    public static IReadOnlyList<TamperSignal> Detect(string station, string parameter, IReadOnlyList<TamperRecord> records, DateTimeOffset from,
        DateTimeOffset to, TamperSettings? settings = null)
    {
        var s = settings ?? TamperSettings.Default;
        var byTime = new Dictionary<long, decimal>();
        foreach (var r in records)
            if (r.Value is { } v)
                byTime[r.ObservedAt.UtcTicks] = v;
        var inRange = records.Where(r => r.ObservedAt >= from && r.ObservedAt <= to && r.Value is not null).OrderBy(r => r.ObservedAt).ToList();
        var found = new List<(int Start, int End, int Days, int Distinct)>();
        for (var k = 1; k <= s.ReplayLookbackDays; k++)
        {
            var shift = TimeSpan.FromDays(k).Ticks;
            var start = -1;
            var distinct = new HashSet<decimal>();
            for (var i = 0; i <= inRange.Count; i++)
            {
                var match = i < inRange.Count && byTime.TryGetValue(inRange[i].ObservedAt.UtcTicks - shift, out var earlier) && earlier == inRange[i].Value;
                if (match)
                {
                    if (start < 0)
                    {
                        start = i;
                        distinct.Clear();
                    }
                    distinct.Add(inRange[i].Value!.Value);
                    continue;
                }
                if (start >= 0 && i - start >= s.ReplayMinRecords && distinct.Count >= s.ReplayMinDistinct)
                    found.Add((start, i - 1, k, distinct.Count));
                start = -1;
            }
        }
        // A stretch copied into several days is reported once: the longest first, overlapping ones dropped.
        var signals = new List<TamperSignal>();
        var taken = new List<(int, int)>();
        foreach (var f in found.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Days))
        {
            if (taken.Any(t => f.Start <= t.Item2 && t.Item1 <= f.End))
                continue;
            taken.Add((f.Start, f.End));
            var n = f.End - f.Start + 1;
            var a = inRange[f.Start].ObservedAt;
            var b = inRange[f.End].ObservedAt;
            var (fa, fb, src) = (VietnamTime.FormatIso(a), VietnamTime.FormatIso(b), VietnamTime.FormatIso(a.AddDays(-f.Days)));
            signals.Add(new TamperSignal(TamperKind.Replay, station, parameter, a, b, n,
                string.Create(CultureInfo.InvariantCulture, $"{n} giá trị liên tiếp của {parameter} từ {fa} đến {fb} trùng khớp từng giá trị với số liệu {f.Days} ngày trước (từ {src}); {f.Distinct} giá trị khác nhau. Có thể số liệu cũ đã được phát lại."),
                string.Create(CultureInfo.InvariantCulture, $"{n} consecutive {parameter} values from {fa} to {fb} equal, record for record, the values {f.Days} day(s) earlier (from {src}); {f.Distinct} distinct values. Old data may have been replayed.")));
        }
        return [.. signals.OrderBy(x => x.From)];
    }
}
