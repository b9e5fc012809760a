using System.Globalization;
using QuanTrac.Domain.Time;

namespace QuanTrac.Domain.Tamper;

/// <summary>
/// Values that stay flat while the status changes: a run of at least <see cref="TamperSettings.FlatMinRecords"/>
/// identical consecutive values during which the device status takes two or more codes. An analyser that calibrates
/// (01) or fails (02) reads something else; a datalogger that writes a fixed number does not.
/// </summary>
public static class FlatStatusDetector
{
    /// <summary>Signals for the time-ordered records of one parameter.</summary>
    public static IReadOnlyList<TamperSignal> Detect(string station, string parameter, IReadOnlyList<TamperRecord> records, TamperSettings? settings = null)
    {
        var s = settings ?? TamperSettings.Default;
        var signals = new List<TamperSignal>();
        var start = 0;
        for (var i = 1; i <= records.Count; i++)
        {
            if (i < records.Count && records[i].Value is { } v && records[start].Value == v)
                continue;
            var n = i - start;
            if (records[start].Value is { } value && n >= s.FlatMinRecords)
            {
                var statuses = records.Skip(start).Take(n).Select(r => r.Status).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (statuses.Count >= 2)
                {
                    var (a, b) = (records[start].ObservedAt, records[i - 1].ObservedAt);
                    var codes = string.Join(", ", statuses);
                    var text = value.ToString(CultureInfo.InvariantCulture);
                    signals.Add(new TamperSignal(TamperKind.FlatWhileStatusChanges, station, parameter, a, b, n,
                        string.Create(CultureInfo.InvariantCulture, $"{parameter} giữ nguyên {text} trong {n} bản ghi liên tiếp ({VietnamTime.FormatIso(a)} – {VietnamTime.FormatIso(b)}) trong khi trạng thái thiết bị thay đổi ({codes}). Thiết bị thật khi hiệu chuẩn hay báo lỗi sẽ cho giá trị khác."),
                        string.Create(CultureInfo.InvariantCulture, $"{parameter} stays at {text} for {n} consecutive records ({VietnamTime.FormatIso(a)} – {VietnamTime.FormatIso(b)}) while the device status changes ({codes}). A real analyser reads differently when it calibrates or fails.")));
                }
            }
            start = i;
        }
        return signals;
    }
}
