namespace QuanTrac.Ingest.Simulation;

/// <summary>
/// Generates the files of 4 × N simulated stations (one stream per station, merged by delivery time). The output
/// is a pure function of the options: same options and seed, same names and bytes. It is streamed: memory holds
/// one pending queue per station (files buffered for late delivery or resending), not the whole period.
/// </summary>
public static class StationSimulator
{
    /// <summary>All files, ordered by <see cref="SimulatedFile.DeliverAt"/> (ties: station order, then generation order).</summary>
    public static IEnumerable<SimulatedFile> Generate(SimulationOptions options) => Generate(options, null);

    /// <summary>
    /// The same files, telling <paramref name="faults"/> of every injected fault as its file is generated: the
    /// ground truth of the QC evaluation. The bytes do not depend on whether anyone listens.
    /// </summary>
    internal static IEnumerable<SimulatedFile> Generate(SimulationOptions options, Action<SimulatedFault>? faults)
    {
        options.Validate();
        var start = (options.Start == default ? SimulationOptions.DefaultStart : options.Start).ToOffset(TimeSpan.FromHours(7));
        var stations = SimulatedStations.Profiles(options.StationsPerType, options.LfShare);
        return Merge([.. stations.Select(s => StationStream.Files(s, options, start, faults))]);
    }

    /// <summary>The first observation time of real-time mode: now aligned down to the interval, minus the backfill.</summary>
    public static DateTimeOffset RealtimeStart(SimulationOptions options, DateTimeOffset now)
    {
        if (options.Start != default)
            return options.Start;
        var local = now.ToOffset(TimeSpan.FromHours(7));
        // The interval divides a day, so the remainder within the day is exactly what lies past the last mark.
        var aligned = local.AddTicks(-(local.TimeOfDay.Ticks % options.Interval.Ticks));
        var back = options.RealtimeBackfill.Ticks - options.RealtimeBackfill.Ticks % options.Interval.Ticks;
        return aligned - TimeSpan.FromTicks(back);
    }

    static IEnumerable<SimulatedFile> Merge(IReadOnlyList<IEnumerable<SimulatedFile>> streams)
    {
        var enumerators = streams.Select(s => s.GetEnumerator()).ToArray();
        try
        {
            var heads = new PriorityQueue<int, (long Ticks, int Station)>();
            for (var i = 0; i < enumerators.Length; i++)
                if (enumerators[i].MoveNext())
                    heads.Enqueue(i, (enumerators[i].Current.DeliverAt.UtcTicks, i));
            while (heads.TryDequeue(out var i, out _))
            {
                yield return enumerators[i].Current;
                if (enumerators[i].MoveNext())
                    heads.Enqueue(i, (enumerators[i].Current.DeliverAt.UtcTicks, i));
            }
        }
        finally
        {
            foreach (var e in enumerators)
                e.Dispose();
        }
    }
}
