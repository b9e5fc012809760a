using QuanTrac.Domain.Review;
using QuanTrac.Domain.Standards.VnWqi;
using QuanTrac.Domain.Stations;
using QuanTrac.Domain.Time;
using QuanTrac.Storage;
using QuanTrac.Storage.Review;

namespace QuanTrac.Server.Indices;

/// <summary>
/// VN_WQI of a surface-water station from its newest values in the published layer (<see cref="LayerReader"/>:
/// values a reviewer invalidated left out, corrected values substituted, provisional until level 2 approved them).
/// The decision scores a sample; an automatic station's newest readings stand in for it, and the answer says so.
/// </summary>
public static class WaterIndex
{
    /// <summary>How old the newest values may be (relative to now) to be scored together.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(3);

    static readonly Dictionary<string, WqiParameter> Codes = new(StringComparer.Ordinal)
    {
        ["pH"] = WqiParameter.PH, ["DO"] = WqiParameter.DO, ["BOD5"] = WqiParameter.Bod5, ["COD"] = WqiParameter.Cod,
        ["TOC"] = WqiParameter.Toc, ["NH4"] = WqiParameter.NH4, ["NO3"] = WqiParameter.NO3, ["NO2"] = WqiParameter.NO2,
        ["PO4"] = WqiParameter.PO4, ["Coliform"] = WqiParameter.Coliform, ["Ecoli"] = WqiParameter.Ecoli,
    };

    // Automatic stations measure pH, DO, COD, NH4 … (groups I and IV) but no pesticides, metals or coliforms, so the
    // standard rule (3 of 5 groups) never holds; the spec's option for automatic stations (group IV + 2 groups) does.
    static readonly VnWqiCalculator Calculator = new(WqiSettings.Default with { MinimumDataRule = WqiMinimumDataRule.AutomaticStation });

    /// <summary>
    /// The current VN_WQI of a station; a null value when the data do not meet the minimum-data rule. Provisional
    /// unless every value it scores was approved at review level 2.
    /// </summary>
    public static async Task<LatestIndex> ComputeAsync(IQuanTracStore store, Station station, DateTimeOffset now, CancellationToken ct)
    {
        // The newest usable value of each parameter the index scores (and the temperature), at most MaxAge old.
        var newestOf = new Dictionary<string, LayeredValue>(StringComparer.Ordinal);
        await foreach (var o in LayerReader.ReadAsync(store, new LayerQuery(DataLayer.Published, station.Prefix, null, now - MaxAge, now), ct))
        {
            var layered = o.Layered;
            var code = layered.Observation.ParameterCode;
            if (!layered.Usable || layered.Value is null || (code != "Temp" && !Codes.ContainsKey(code)))
                continue;
            if (!newestOf.TryGetValue(code, out var known) || layered.Observation.ObservedAt > known.Observation.ObservedAt)
                newestOf[code] = layered;
        }
        var values = new Dictionary<WqiParameter, decimal>();
        decimal? temperature = null;
        DateTimeOffset? newest = null;
        var provisional = newestOf.Count == 0;
        foreach (var (code, layered) in newestOf)
        {
            if (code == "Temp")
                temperature = layered.Value;
            else
                values[Codes[code]] = layered.Value!.Value;
            provisional |= layered.Provisional;
            newest = newest is null || layered.Observation.ObservedAt > newest ? layered.Observation.ObservedAt : newest;
        }
        WqiResult? result = null;
        if (values.Count > 0)
        {
            try
            {
                result = Calculator.Calculate(new WqiSample(values, temperature));
            }
            catch (ArgumentException)
            {
                // A value outside the calculator's domain (e.g. pH above 14 from a faulty probe): no index, not a 500.
                result = null;
            }
        }
        if (result is not { Wqi: { } wqi, Category: { } c })
            return new LatestIndex(station.Prefix, station.NameVi, station.NameEn, newest is { } t0 ? VietnamTime.FormatIso(t0) : null, null, null, null, null, null, "VN_WQI", provisional);
        return new LatestIndex(station.Prefix, station.NameVi, station.NameEn, VietnamTime.FormatIso(newest!.Value), wqi,
            FormattableString.Invariant($"#{c.Red:X2}{c.Green:X2}{c.Blue:X2}"), c.Vi, c.En, null, "VN_WQI", provisional);
    }
}
