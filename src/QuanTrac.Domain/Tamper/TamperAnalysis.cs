namespace QuanTrac.Domain.Tamper;

/// <summary>
/// Runs every tamper detector over one station (industrial self-monitoring stations above all). The result asks a
/// reviewer to look; it is never a verdict and changes no value or flag.
/// </summary>
public static class TamperAnalysis
{
    /// <summary>
    /// Signals for the records observed in [<paramref name="from"/>, <paramref name="to"/>], ordered by time.
    /// <paramref name="series"/> holds each parameter's time-ordered records, which may start up to
    /// <see cref="TamperSettings.ReplayLookbackDays"/> earlier (the days a replay copies); <paramref name="limits"/>
    /// gives a parameter's maximum limit in the unit of its values, where one applies.
    /// </summary>
    public static IReadOnlyList<TamperSignal> Analyse(string station, IReadOnlyDictionary<string, IReadOnlyList<TamperRecord>> series,
        IReadOnlyDictionary<string, (decimal Limit, string Unit)> limits, DateTimeOffset from, DateTimeOffset to, TamperSettings? settings = null)
    {
        var signals = new List<TamperSignal>();
        var perTime = new Dictionary<long, TamperRecord>();
        foreach (var (parameter, all) in series)
        {
            signals.AddRange(ReplayDetector.Detect(station, parameter, all, from, to, settings));
            var inRange = all.Where(r => r.ObservedAt >= from && r.ObservedAt <= to).ToList();
            signals.AddRange(FlatStatusDetector.Detect(station, parameter, inRange, settings));
            if (limits.TryGetValue(parameter, out var limit) && PinnedLimitDetector.Detect(station, parameter, inRange, limit.Limit, limit.Unit, settings) is { } pinned)
                signals.Add(pinned);
            if (RoundNumberDetector.Detect(station, parameter, inRange, settings) is { } round)
                signals.Add(round);
            foreach (var r in inRange)
                perTime.TryAdd(r.ObservedAt.UtcTicks, r);
        }
        signals.AddRange(ClockDriftDetector.Detect(station, [.. perTime.Values.OrderBy(r => r.ObservedAt)], settings));
        return [.. signals.OrderBy(s => s.From).ThenBy(s => s.Kind).ThenBy(s => s.Parameter, StringComparer.Ordinal)];
    }
}
