using System.Globalization;

namespace QuanTrac.Domain.Tamper;

/// <summary>
/// Too many round numbers: with values written to d decimals (the most common scale), about 10^−d of them are whole
/// numbers by chance; a share at least <see cref="TamperSettings.RoundFactor"/> times that and at least
/// <see cref="TamperSettings.RoundMinShare"/> suggests typed-in values. Series written without decimals are judged by
/// their multiples of ten (1 in 10 by chance) among values of 10 or more.
/// </summary>
public static class RoundNumberDetector
{
    /// <summary>The signal for one parameter, or null.</summary>
    public static TamperSignal? Detect(string station, string parameter, IReadOnlyList<TamperRecord> records, TamperSettings? settings = null)
    {
        var s = settings ?? TamperSettings.Default;
        var values = records.Where(r => r.Value is not null && string.Equals(r.Status, "00", StringComparison.Ordinal)).ToList();
        if (values.Count < s.MinValues)
            return null;
        var scale = values.GroupBy(r => r.Value!.Value.Scale).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        List<TamperRecord> judged;
        int round;
        decimal chance;
        string whatVi, whatEn;
        if (scale > 0)
        {
            judged = values;
            round = values.Count(r => r.Value!.Value == decimal.Truncate(r.Value.Value));
            chance = (decimal)Math.Pow(10, -scale);
            (whatVi, whatEn) = ("là số nguyên", "are whole numbers");
        }
        else
        {
            judged = [.. values.Where(r => Math.Abs(r.Value!.Value) >= 10)];
            if (judged.Count < s.MinValues)
                return null;
            round = judged.Count(r => r.Value!.Value % 10 == 0);
            chance = 0.1m;
            (whatVi, whatEn) = ("là bội số của 10", "are multiples of 10");
        }
        var share = (decimal)round / judged.Count;
        if (share < s.RoundMinShare || share < s.RoundFactor * chance)
            return null;
        var pct = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        var expected = Math.Round(chance * 100, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return new TamperSignal(TamperKind.RoundNumbers, station, parameter, judged[0].ObservedAt, judged[^1].ObservedAt, Math.Round(share, 4, MidpointRounding.AwayFromZero),
            string.Create(CultureInfo.InvariantCulture, $"{pct} % giá trị {parameter} ({round}/{judged.Count}) {whatVi}, trong khi với độ phân giải {scale} chữ số thập phân chỉ khoảng {expected} % là ngẫu nhiên. Giá trị có thể được nhập tay."),
            string.Create(CultureInfo.InvariantCulture, $"{pct} % of the {parameter} values ({round}/{judged.Count}) {whatEn}, where a resolution of {scale} decimal(s) makes about {expected} % likely by chance. Values may have been typed in."));
    }
}
