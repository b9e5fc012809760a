using System.Globalization;

namespace QuanTrac.Domain.Tamper;

/// <summary>
/// Values pinned just below a limit: among the valid values (status 00), at least
/// <see cref="TamperSettings.PinnedMinShare"/> lie in [<see cref="TamperSettings.PinnedBandStart"/> × L, L], that band
/// holds <see cref="TamperSettings.PinnedRatioToBandBelow"/> times the values of the band just below it, and almost
/// none exceed L. A real process that runs close to its limit also spills over it now and then.
/// </summary>
public static class PinnedLimitDetector
{
    /// <summary>The signal for one parameter against its maximum <paramref name="limit"/> (in the values' unit), or null.</summary>
    public static TamperSignal? Detect(string station, string parameter, IReadOnlyList<TamperRecord> records, decimal limit, string unit,
        TamperSettings? settings = null)
    {
        var s = settings ?? TamperSettings.Default;
        if (limit <= 0)
            return null;
        var values = records.Where(r => r.Value is not null && string.Equals(r.Status, "00", StringComparison.Ordinal)).ToList();
        if (values.Count < s.MinValues)
            return null;
        var bandLow = s.PinnedBandStart * limit;
        var belowLow = (2 * s.PinnedBandStart - 1) * limit; // a band of the same width under it: 80–90 % by default
        int band = 0, below = 0, above = 0;
        foreach (var r in values)
        {
            var v = r.Value!.Value;
            if (v > limit)
                above++;
            else if (v >= bandLow)
                band++;
            else if (v >= belowLow)
                below++;
        }
        var share = (decimal)band / values.Count;
        if (share < s.PinnedMinShare || band < s.PinnedRatioToBandBelow * Math.Max(1, below) || (decimal)above / values.Count > s.PinnedMaxShareAbove)
            return null;
        var pct = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        var l = limit.ToString(CultureInfo.InvariantCulture);
        var lo = Math.Round(bandLow, 4, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return new TamperSignal(TamperKind.PinnedBelowLimit, station, parameter, values[0].ObservedAt, values[^1].ObservedAt, Math.Round(share, 4, MidpointRounding.AwayFromZero),
            $"{pct} % giá trị {parameter} ({band}/{values.Count}) nằm sát dưới giới hạn {l} {unit} (từ {lo} đến {l}), gấp {band}/{below} lần dải ngay dưới, và chỉ {above} giá trị vượt. Giá trị có thể bị giữ dưới giới hạn.",
            $"{pct} % of the {parameter} values ({band}/{values.Count}) sit just below the limit {l} {unit} ({lo} to {l}), {band} against {below} in the band beneath, and only {above} exceed it. Values may be held below the limit.");
    }
}
